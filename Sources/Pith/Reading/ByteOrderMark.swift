/// Finds a byte-order mark at the start of the input. A BOM beats every label.
enum ByteOrderMark {
    /// The charset the BOM names and the BOM's length, or nil when there is none.
    static func detect(_ bytes: UnsafeRawBufferPointer) -> (charset: Charset, length: Int)? {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { return (.utf8, 3) }
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE { return (.utf16LE, 2) }
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF { return (.utf16BE, 2) }
        return nil
    }
}
