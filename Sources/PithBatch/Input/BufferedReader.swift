import Pith

/// Lines and byte runs from a `ByteSource`, through one reusable buffer: memory stays bounded by
/// the longest line or record kept, never by the size of the input.
final class BufferedReader {
    /// One line, or the length of a line too long to keep.
    enum Line {
        case bytes([UInt8])
        case tooLong(Int)
    }

    private let source: ByteSource
    private var buffer: [UInt8]
    private var start = 0
    private var end = 0
    private var exhausted = false
    /// Bytes handed out or skipped so far.
    private(set) var position = 0

    var bytesConsumed: Int { source.bytesConsumed }

    init(_ source: ByteSource, chunkSize: Int = 1 << 16) {
        self.source = source
        buffer = [UInt8](repeating: 0, count: chunkSize)
    }

    /// Reads more bytes behind the buffered ones; false at the end of the input.
    private func fill() throws -> Bool {
        if exhausted { return false }
        if start > 0 && start == end { start = 0; end = 0 }
        if end == buffer.count {
            if start > 0 {
                buffer.withUnsafeMutableBufferPointer { b in
                    b.baseAddress!.update(from: b.baseAddress! + start, count: end - start)
                }
                end -= start
                start = 0
            } else {
                buffer.append(contentsOf: repeatElement(0, count: buffer.count))
            }
        }
        let n = try buffer.withUnsafeMutableBytes { b in
            try source.read(into: UnsafeMutableRawBufferPointer(rebasing: b[end...]))
        }
        if n == 0 { exhausted = true; return false }
        end += n
        return true
    }

    /// Up to `count` bytes ahead, without consuming them.
    func peek(_ count: Int) throws -> [UInt8] {
        while end - start < count, try fill() {}
        return Array(buffer[start..<min(end, start + count)])
    }

    /// True when no byte is left.
    func atEnd() throws -> Bool {
        if end > start { return false }
        return !(try fill())
    }

    /// The next line without its `\n` (and `\r`), nil at the end. Lines longer than `maxLength`
    /// are skipped whole and reported by length.
    func readLine(maxLength: Int) throws -> Line? {
        var scanned = 0          // bytes after `start` already known to hold no newline
        var dropped = 0          // bytes of an overlong line already thrown away
        while true {
            if let nl = buffer[(start + scanned)..<end].firstIndex(of: 0x0A) {
                position += nl + 1 - start
                defer { start = nl + 1 }
                if dropped > 0 || nl - start > maxLength { return .tooLong(dropped + nl - start) }
                var lineEnd = nl
                if lineEnd > start && buffer[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                return .bytes(Array(buffer[start..<lineEnd]))
            }
            if end - start > maxLength {
                // Too long to keep: drop what is buffered and go on looking for the line's end.
                dropped += end - start
                position += end - start
                start = end
            }
            scanned = end - start
            if !(try fill()) {
                position += end - start
                defer { start = end }
                if dropped > 0 || end - start > maxLength { return .tooLong(dropped + end - start) }
                if start == end { return nil }
                var lineEnd = end
                if buffer[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                return .bytes(Array(buffer[start..<lineEnd]))
            }
        }
    }

    /// The next `count` bytes (fewer if the input ends first).
    func read(_ count: Int) throws -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(min(count, 1 << 24))
        var left = count
        while left > 0 {
            if start == end, !(try fill()) { break }
            let n = min(left, end - start)
            out.append(contentsOf: buffer[start..<start + n])
            start += n
            left -= n
            position += n
        }
        return out
    }

    /// Reads the next `count` bytes (fewer if the input ends first) into `out`, which must have
    /// room for them; returns how many were read. One copy, no allocation.
    func read(_ count: Int, into out: UnsafeMutableRawPointer) throws -> Int {
        var done = 0
        while done < count {
            if start == end, !exhausted, count - done >= buffer.count {
                // Nothing buffered and much still wanted: straight from the source, no second copy.
                let n = try source.read(into: UnsafeMutableRawBufferPointer(start: out + done, count: count - done))
                if n == 0 { exhausted = true; break }
                done += n
                position += n
                continue
            }
            if start == end, !(try fill()) { break }
            let n = min(count - done, end - start)
            buffer.withUnsafeBytes { b in
                (out + done).copyMemory(from: b.baseAddress! + start, byteCount: n)
            }
            start += n
            done += n
            position += n
        }
        return done
    }

    /// Puts bytes back in front of the unread ones: they are read again next (a reader that took
    /// too much, e.g. a record whose stated length ran into the next one, hands the excess back).
    func unread<C: Collection>(_ bytes: C) where C.Element == UInt8 {
        guard !bytes.isEmpty else { return }
        var fresh = [UInt8]()
        fresh.reserveCapacity(max(buffer.count, bytes.count + end - start))
        fresh.append(contentsOf: bytes)
        fresh.append(contentsOf: buffer[start..<end])
        let kept = fresh.count
        if fresh.count < buffer.count { fresh.append(contentsOf: repeatElement(0, count: buffer.count - fresh.count)) }
        buffer = fresh
        start = 0
        end = kept
        position -= bytes.count
        exhausted = false
    }

    /// Skips up to `count` bytes, but stops in front of the first place where `pattern` starts
    /// (searched across buffer refills). Returns the bytes skipped and whether it stopped there.
    func skip(_ count: Int, stoppingAt pattern: [UInt8]) throws -> (skipped: Int, found: Bool) {
        precondition(!pattern.isEmpty)
        var skipped = 0
        while skipped < count {
            if end - start < pattern.count {
                // Keep a partial match at the buffer's end until more bytes arrive.
                if !(try fill()) {
                    let n = min(count - skipped, end - start)
                    start += n; position += n; skipped += n
                    return (skipped, false)
                }
                continue
            }
            let limit = min(end, start + (count - skipped))
            let found = buffer.withUnsafeBufferPointer { b in
                ByteSearch.firstIndex(of: pattern, in: UnsafeBufferPointer(rebasing: b[start..<end]))
            }
            if let n = found, start + n < limit {
                start += n; position += n; skipped += n
                return (skipped, true)
            }
            // No match starting before `limit`: skip up to where a match could still begin.
            let safe = max(start, min(limit, end - pattern.count + 1))
            let n = safe - start
            start += n; position += n; skipped += n
        }
        return (skipped, false)
    }

    /// Skips `count` bytes; returns how many were there to skip.
    @discardableResult
    func skip(_ count: Int) throws -> Int {
        var left = count
        while left > 0 {
            if start == end, !(try fill()) { break }
            let n = min(left, end - start)
            start += n
            left -= n
            position += n
        }
        return count - left
    }
}

extension BufferedReader: ByteSource {
    /// Hands out the buffered bytes first, then reads on: a reader that has peeked can still be
    /// wrapped by another source (e.g. gzip) without losing what it looked at.
    func read(into out: UnsafeMutableRawBufferPointer) throws -> Int {
        if start == end, !(try fill()) { return 0 }
        let n = min(out.count, end - start)
        buffer.withUnsafeBytes { b in
            out.copyMemory(from: UnsafeRawBufferPointer(rebasing: b[start..<start + n]))
        }
        start += n
        position += n
        return n
    }
}
