import Testing
@testable import Pith

@Test func aURLLineClosingTheArticleIsDropped() throws {
    let a = try extract(page(paragraphs: proseEN + ["https://www.example.com/news/article/Council-approves-budget-14812345.php"]))
    #expect(!a.text.contains("https://"))
    #expect(a.text.contains(proseEN[2]))
}

@Test func aURLCitedInsideTheBodyStays() throws {
    let a = try extract(page(paragraphs: [proseEN[0], "https://www.example.org/reports/2019-budget.pdf"] + proseEN.dropFirst()))
    #expect(a.text.contains("https://www.example.org/reports/2019-budget.pdf"))
}

@Test func pageFurnitureSentencesAreKnownAndLookAlikesAreNot() throws {
    let lexicon = try BoilerplateLexicon.load()
    func m(_ s: String) -> RemovalReason? { lexicon.match(s, stats: TextStatistics(s)) }
    #expect(m("This slideshow requires JavaScript.") == .advertisement)
    #expect(m("Want more stories like this?") == .newsletter)
    #expect(m("DON'T MISS") == .related)
    #expect(m("Advert") == .advertisement)
    // Prose that only mentions the words stays.
    #expect(m("The advert, shown during the final, was seen by nine million people and drew hundreds of complaints.") == nil)
    #expect(m("Don't miss the chance to see the comet tonight, astronomers said, because it will not return for decades.") == nil)
}
