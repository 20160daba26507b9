import Foundation

/// Drops the page's "about" lines (category, date, views, source, byline) from the body; the
/// extractor reads them into `Article.metadata` first. It takes two signals to make a metadata
/// line, except for a date standing alone before the body's first paragraph (a dateline) or a
/// date with a clock time anywhere (`20 Nov 2019 08:00 GMT`, `Associated Press November 19, 2019,
/// 9:02 AM`: a timestamp, with perhaps a source or a name); a plain date at the
/// end of a speech or letter is kept.
enum MetadataLineRule {
    static func apply(_ blocks: inout [TextBlock], body: [Int]) {
        var paragraphsBefore = 0
        // A record's date or byline (a search hit's, a job's) is part of the record.
        for i in body where blocks[i].isKept && !blocks[i].isRecord && blocks[i].kind != .heading {
            let shape = blocks[i].shapes
            if shape.isMetadataLine || shape.isTimestampLine
                || shape.isDateLine && (paragraphsBefore == 0 || Self.hasClockTime(blocks[i].text)) {
                blocks[i].removal = .metadataLine
            } else {
                paragraphsBefore += 1
            }
        }
    }

    /// `08:00`, `14:35:08`, `6:02 AM`: hours and minutes.
    static func hasClockTime(_ text: String) -> Bool {
        func scan(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
            guard b.count >= 4, let base = b.baseAddress else { return false }
            // From colon to colon with `memchr` (most lines have none).
            var i = 1
            while i < b.count - 2 {
                guard let hit = memchr(base + i, Int32(UInt8(ascii: ":")), b.count - 2 - i) else { return false }
                i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                let before = b[i - 1], after1 = b[i + 1], after2 = b[i + 2]
                if (0x30...0x39).contains(before), (0x30...0x35).contains(after1), (0x30...0x39).contains(after2) { return true }
                i += 1
            }
            return false
        }
        return text.utf8.withContiguousStorageIfAvailable(scan) ?? Array(text.utf8).withUnsafeBufferPointer(scan)
    }
}
