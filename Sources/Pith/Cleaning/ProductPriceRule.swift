/// On a product page, the product's price is said once, under its name; the other price lines of
/// the body (a struck-out former price, the price of each variant, of a protection plan, of
/// the products in a strip below) are the buy box's and the shop's, not the description. A
/// price line is a block holding a price (`PriceShape`) and at most `maximumWords` words
/// beside its amounts (`$459.99`, `Now €12,50`, `From $29 / month`). The first one of the body
/// stays; the later ones go.
enum ProductPriceRule {
    static let maximumWords = 4

    static func apply(_ blocks: inout [TextBlock], body: [Int]) {
        var first = true
        for i in body where blocks[i].isKept && blocks[i].text.utf8.count <= PriceShape.maxBlockCharacters {
            guard isPriceLine(blocks[i].text) else { continue }
            if first { first = false; continue }
            blocks[i].removal = .widget
        }
    }

    /// A price with at most `maximumWords` words that are not numbers.
    static func isPriceLine(_ text: String) -> Bool {
        guard PriceShape.holdsPrice(text) else { return false }
        var words = 0, inWord = false, wordHasLetter = false
        for s in text.unicodeScalars {
            let isWordScalar = s.properties.isAlphabetic || (s.value >= 0x30 && s.value <= 0x39) || s == "_"
            if isWordScalar {
                if !inWord { inWord = true; wordHasLetter = false }
                if s.properties.isAlphabetic { wordHasLetter = true }
            } else if inWord {
                inWord = false
                if wordHasLetter { words += 1; if words > maximumWords { return false } }
            }
        }
        if inWord && wordHasLetter { words += 1 }
        return words <= maximumWords
    }
}
