/// Tells what raw input is before any decoding: a known binary format (refused), HTML, or
/// plain text (a page already flattened to lines).
enum InputSniffer {
    enum Kind: Equatable { case html, text, binary(String) }

    private static let signatures: [([UInt8], String)] = [
        ([0x89, 0x50, 0x4E, 0x47], "a PNG image"), ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ([0x47, 0x49, 0x46, 0x38], "a GIF image"), ([0x25, 0x50, 0x44, 0x46], "a PDF document"),
        ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive"), ([0x1F, 0x8B], "gzip data"),
        ([0x7F, 0x45, 0x4C, 0x46], "an executable"), ([0x42, 0x5A, 0x68], "bzip2 data"),
        ([0xFD, 0x37, 0x7A, 0x58, 0x5A], "xz data"), ([0x28, 0xB5, 0x2F, 0xFD], "zstd data"),
        ([0x52, 0x49, 0x46, 0x46], "a RIFF media file"), ([0x00, 0x00, 0x01, 0x00], "an icon"),
        ([0x4F, 0x67, 0x67, 0x53], "an Ogg media file"), ([0x49, 0x44, 0x33], "an MP3 file"),
        ([0xD0, 0xCF, 0x11, 0xE0], "an Office document"), ([0x77, 0x4F, 0x46, 0x46], "a web font"),
    ]

    static let htmlMarkers = ["<!doctype", "<html", "<head", "<body", "<meta", "<title", "<div", "<p>", "<p ",
                              "<table", "<br", "<script", "<span", "<a ", "<link", "<h1", "<h2", "<ul", "<center",
                              "<font", "<frameset", "<article", "<section", "<!--", "<?xml", "<text "]

    private static let markerBytes = htmlMarkers.map { Array($0.utf8) }

    /// How many bytes below 0x20 other than tab, newline, CR, form feed and escape
    /// (`UTF8Scan.skipAboveControl` passes over the rest eight bytes at a time).
    static func controlBytes(_ b: UnsafeRawBufferPointer) -> Int {
        guard let base = b.baseAddress else { return 0 }
        var control = 0
        var i = UTF8Scan.skipAboveControl(base, from: 0, count: b.count)
        while i < b.count {
            let c = b[i]
            if c != 0x09 && c != 0x0A && c != 0x0D && c != 0x0C && c != 0x1B { control += 1 }
            i = UTF8Scan.skipAboveControl(base, from: i + 1, count: b.count)
        }
        return control
    }

    static func kind(of bytes: UnsafeRawBufferPointer, utf16: Bool = false) -> Kind {
        for (sig, name) in signatures where bytes.count >= sig.count {
            if zip(sig, bytes).allSatisfy({ $0 == $1 }) { return .binary(name) }
        }
        let head = UnsafeRawBufferPointer(rebasing: bytes[0..<min(bytes.count, 8192)])
        if !utf16 {
            // Control bytes other than tab/newline/CR/FF/ESC are rare in any text encoding.
            let control = controlBytes(head)
            if head.count > 0, control * 10 > head.count { return .binary("binary data") }
        }
        // A marker starts at a `<`: only those places are compared, in any case.
        var i = 0
        let n = head.count
        while i < n {
            guard let lt = head[i...].firstIndex(of: UInt8(ascii: "<")) else { break }
            for marker in markerBytes where lt + marker.count <= n {
                var k = 1
                while k < marker.count {
                    var b = head[lt + k]
                    if b >= 0x41 && b <= 0x5A { b |= 0x20 }
                    if b != marker[k] { break }
                    k += 1
                }
                if k == marker.count { return .html }
            }
            i = lt + 1
        }
        return .text
    }
}
