/// A shop's product page has one control that puts the product in the cart: an element whose
/// class or id says so (`add-to-cart`, `AddToBag`, `btn-buy-now`, `buybox`), read with the
/// separators taken out and letters lower-cased (`Resources/page-kinds.txt`, `[purchase]`). A
/// page that declares nothing and has one to `maximumControls` such elements is a product page;
/// a collection has one in every card, and an article none.
enum PurchaseControls {
    /// More than this, and the controls are a grid's, one per card.
    static let maximumControls = 3

    private static var namingAttributes: HTMLVocabulary.AttributeMask { .`class`.union(.id) }

    /// Whether `mayHoldWord` can stand before the search for `words`: every word holds `cart`,
    /// `bag`, `basket` or `buy` (true for the shipped list; a user's `addtotrolley` is read
    /// without it). Decided once, when the list is loaded.
    static func quickLookServes(_ words: [[UInt8]]) -> Bool {
        words.allSatisfy { w in [Array("cart".utf8), Array("bag".utf8), Array("basket".utf8), Array("buy".utf8)].contains { ByteSearch.contains(w, $0) } }
    }

    static func suggestProduct(_ tree: DocumentTree, words: [[UInt8]], quickLook quick: Bool) -> Bool {
        guard !words.isEmpty else { return false }
        var count = 0
        // A page repeats its class and id values: each pair is read once (`.some(.widget)`: a
        // control's, `.some(nil)`: not).
        var memo = ClassIDMemo()
        func holdsWord(_ value: UnsafeBufferPointer<UInt8>?) -> Bool {
            guard let value, value.count >= 6, !quick || mayHoldWord(value) else { return false }
            var squeezed: [UInt8] = []
            squeezed.reserveCapacity(value.count)
            for b in value {
                switch b {
                case 0x41...0x5A: squeezed.append(b | 0x20)
                case 0x61...0x7A, 0x30...0x39, 0x20: squeezed.append(b)
                default: break   // `-`, `_`, `.` and the like
                }
            }
            return squeezed.withUnsafeBufferPointer { s in words.contains { ByteSearch.firstIndex(of: $0, in: s) != nil } }
        }
        var i = 0
        while i < tree.count {
            guard tree[i].kind == .element, tree.hasAny(namingAttributes, i) else { i += 1; continue }
            let hit = tree.withClassAndID(of: i) { classValue, idValue -> Bool in
                let key = ClassIDMemo.key(classValue, idValue)
                if let known = memo.reason(for: key) { return known != nil }
                let found = holdsWord(classValue) || holdsWord(idValue)
                memo.store(found ? .widget : nil, for: key)
                return found
            }
            guard hit else { i += 1; continue }
            count += 1
            if count > maximumControls { return false }
            // A control's own parts (its label, its icon) are the same control.
            i = max(i + 1, tree[i].end)
        }
        return count > 0
    }

    /// One pass, nothing allocated: whether the value holds `cart`, `bag`, `basket` or `buy` in
    /// any letter case (every word of the shipped `[purchase]` list does): values without are not
    /// squeezed and searched.
    static func mayHoldWord(_ v: UnsafeBufferPointer<UInt8>) -> Bool {
        @inline(__always) func at(_ k: Int, _ word: StaticString) -> Bool {
            let n = word.utf8CodeUnitCount
            guard k + n <= v.count else { return false }
            return word.withUTF8Buffer { w in
                for j in 0..<n where (v[k + j] | 0x20) != w[j] { return false }
                return true
            }
        }
        for k in 0..<v.count {
            switch v[k] | 0x20 {
            case 0x63: if at(k, "cart") { return true }                                   // c
            case 0x62: if at(k, "bag") || at(k, "buy") || at(k, "basket") { return true }  // b
            default: break
            }
        }
        return false
    }
}
