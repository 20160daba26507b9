import Foundation
import Pith

/// `--errors FILE`: one JSON object per failed page or damaged stretch of a record stream
/// (`input`, `reason`, `error`, and for records `offset` and `warcRecordId` when known), flushed
/// as it happens so a killed run keeps the failures it saw.
final class ErrorLog {
    private let handle: FileHandle

    init(path: String) throws {
        if !FileManager.default.fileExists(atPath: path) {
            guard FileManager.default.createFile(atPath: path, contents: nil) else { throw InputError("cannot create \(path)") }
        }
        guard let h = FileHandle(forWritingAtPath: path) else { throw InputError("cannot open \(path)") }
        h.seekToEndOfFile()
        handle = h
    }

    func record(input: String, reason: String, message: String, offset: Int? = nil, recordID: String? = nil) {
        var w = JSONWriter()
        w.open()
        w.key("input"); w.string(input)
        if let offset { w.key("offset"); w.raw(String(offset)) }
        if let recordID { w.key("warcRecordId"); w.string(recordID) }
        w.key("reason"); w.string(reason)
        w.key("error"); w.string(message)
        w.close()
        handle.write(Data((w.output + "\n").utf8))
    }

    deinit { try? handle.close() }
}

