import Foundation

/// Pages from JSON Lines: one object per line with `html` (or `html_base64`, or `text` for a page
/// already flattened) and optional `url`, `id`, `charset`. Streams: one line in memory at a time.
final class JSONLReader: RecordReader {
    private let reader: BufferedReader
    private let name: String
    private let maxLineBytes: Int
    private var lineNumber = 0
    private(set) var skipped: [String: Int] = [:]
    var bytesConsumed: Int { reader.bytesConsumed }

    /// - Parameters:
    ///   - name: the input's name for messages (`crawl.jsonl`, `-`).
    ///   - maxLineBytes: longer lines are reported as unreadable and skipped without being kept.
    init(_ reader: BufferedReader, name: String, maxLineBytes: Int) {
        self.reader = reader
        self.name = name
        self.maxLineBytes = maxLineBytes
    }

    func next() throws -> BatchItem? {
        while let line = try reader.readLine(maxLength: maxLineBytes) {
            lineNumber += 1
            let where_ = "\(name):\(lineNumber)"
            switch line {
            case .tooLong(let n):
                return BatchItem(name: where_, payload: .unreadable("line too long (\(n) bytes)"), size: n)
            case .bytes(let bytes):
                if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                return Self.item(from: bytes, name: where_)
            }
        }
        return nil
    }

    /// Parses one line into a page. Bad lines become unreadable items carrying their id when it
    /// could be read, so the output keeps one line per input line.
    static func item(from bytes: [UInt8], name: String) -> BatchItem {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
        } catch {
            return BatchItem(name: name, payload: .unreadable("not a JSON object"), size: bytes.count)
        }
        guard let record = object as? [String: Any] else {
            return BatchItem(name: name, payload: .unreadable("not a JSON object"), size: bytes.count)
        }
        var item = BatchItem(name: name, payload: .unreadable("no html, html_base64 or text field"), size: bytes.count)
        item.url = record["url"] as? String
        item.id = identifier(record["id"])
        item.charsetHint = record["charset"] as? String
        if let url = item.url { item.name = "\(name) \(url)" }
        if let html = record["html"] as? String {
            item.payload = .bytes(Data(html.utf8))
            // The JSON text was Unicode already: its declared charset no longer applies.
            item.charsetHint = "utf-8"
        } else if let b64 = record["html_base64"] as? String {
            if let d = Data(base64Encoded: b64, options: .ignoreUnknownCharacters) {
                item.payload = .bytes(d)
            } else {
                item.payload = .unreadable("html_base64 is not base64")
            }
        } else if let text = record["text"] as? String {
            item.payload = .bytes(Data(text.utf8))
            item.charsetHint = "utf-8"
            item.isText = true
        }
        return item
    }

    /// Ids may be strings or numbers; both come back as strings.
    private static func identifier(_ v: Any?) -> String? {
        switch v {
        case let s as String: return s
        case let n as NSNumber:
            let d = n.doubleValue
            if d == d.rounded(), abs(d) < 9e15 { return String(n.int64Value) }
            return n.stringValue
        default: return nil
        }
    }
}
