import Testing
@testable import Pith

struct LanguageGuessTests {
    static func shortWords(_ text: String, maxLength: Int = 5) -> [String] {
        var words: [String] = []
        LanguageGuess.forEachShortWord(in: text[...], maxLength: maxLength) { words.append(String(decoding: $0, as: UTF8.self)) }
        return words
    }

    @Test func shortWordsAreLowerCasedAndLongOnesSkipped() {
        #expect(Self.shortWords("The CAT's dinner, über ÜBER Straße — l'été!") == ["the", "cat's", "über", "über", "l'été"])
        #expect(Self.shortWords("naïve café x") == ["naïve", "café", "x"])
        #expect(Self.shortWords("数字 123 ok") == ["数字", "ok"])
        #expect(Self.shortWords("") == [])
    }

    @Test func guessesByScriptAndByFunctionWords() {
        let guess = LanguageGuess(words: ["de": ["und", "der", "die", "für", "über"], "en": ["the", "and", "of"]])
        #expect(guess.guess("Der Hund und die Katze sind für alle da, über den Berg und der Fluss, und die Stadt."[...]) == "de")
        #expect(guess.guess("The cat and the dog of the house and the garden of the town and the river."[...]) == "en")
        #expect(guess.guess("这是一个关于城市发展的长篇报道，记者走访了很多地方。"[...]) == "zh")
    }
}
