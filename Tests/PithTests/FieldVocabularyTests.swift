import Testing
@testable import Pith

@Test func fieldVocabularyLoadsFromItsResourceAndQuotesKeepSpaces() {
    let v = FieldVocabulary.shared
    #expect(v.labels.contains("by "))          // quoted: the space is part of the label
    #expect(v.labels.contains("栏目"))
    #expect(v.categoryLabels.contains("categoria"))
    #expect(v.aboutVerbs.contains(" is headquartered"))
    #expect(v.notNames.contains("this"))
    let parsed = FieldVocabulary.parse("[labels]\n\"by \"\nPosted\n[not-names]\nThe\n")
    #expect(parsed.labels == ["by ", "posted"])
    #expect(parsed.notNames == ["the"])
}
