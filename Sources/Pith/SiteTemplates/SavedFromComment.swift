/// The address browsers write into pages they save: `<!-- saved from url=(0042)https://… -->`
/// (Internet Explorer, Edge and others), near the top of the file.
enum SavedFromComment {
    static let searchBytes = 1024

    static func address(in bytes: [UInt8]) -> String? {
        let head = bytes.prefix(searchBytes)
        let marker = Array("saved from url=".utf8)
        guard head.count >= marker.count else { return nil }
        var i = head.startIndex
        while i + marker.count <= head.endIndex {
            if head[i..<(i + marker.count)].elementsEqual(marker) {
                var j = i + marker.count
                // "(0042)": the address's length in parentheses.
                if j < head.endIndex, head[j] == UInt8(ascii: "(") {
                    while j < head.endIndex, head[j] != UInt8(ascii: ")") { j += 1 }
                    j += 1
                }
                var end = j
                while end < head.endIndex, head[end] > 0x20, head[end] != UInt8(ascii: "-") || !(end + 2 < head.endIndex && head[end + 1] == UInt8(ascii: "-") && head[end + 2] == UInt8(ascii: ">")) {
                    end += 1
                }
                let s = String(decoding: head[j..<end], as: UTF8.self)
                return s.contains("://") ? s : nil
            }
            i += 1
        }
        return nil
    }
}
