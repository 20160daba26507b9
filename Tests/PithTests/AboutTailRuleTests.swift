import Testing
@testable import Pith

private let release = [
    "Acme and Globex announced on Tuesday a partnership to bring the new alarm system to hospitals across Europe.",
    "The system collects data from the devices at each bed and sends one alert to the nurse in charge.",
    "Hospitals in three countries will test it from the spring, and the two companies expect wider sales next year.",
    "Doctors who tried an early version said it cut the number of alarms they had to answer by half.",
]

private func releasePage(_ paragraphs: [String], author: String? = nil) -> String {
    let meta = author.map { "<meta name=\"author\" content=\"\($0)\">" } ?? ""
    return """
        <html><head><title>Acme teams up with Globex on hospital alarms</title>\(meta)</head><body>
        <div class="story"><h1>Acme teams up with Globex on hospital alarms</h1>
        \(paragraphs.map { "<p>\($0)</p>" }.joined(separator: "\n"))
        </div></body></html>
        """
}

@Test func aCompanyDescriptionAndAnAuthorBioCloseTheBodyAndGo() throws {
    let about = ["Acme is a global provider of hospital software, with customers in forty countries.",
                 "Acme is headquartered in Basel and employs around 1,300 people worldwide."]
    let a = try extract(releasePage(release + about))
    #expect(a.text.contains(release[3]))
    #expect(!a.text.contains("global provider") && !a.text.contains("headquartered in Basel"))
    let bio = "Jane has been reporting on health technology since 2009 and joined the magazine in 2017."
    let b = try extract(releasePage(release + ["Jane Doe", bio], author: "Jane Doe"))
    #expect(b.text.contains(release[3]))
    #expect(!b.text.contains(bio))
}

@Test func oneClosingSentenceAboutTheSubjectOrAboutSomeoneElseStays() throws {
    let closing = "Acme is the first company to win approval for such a system in Switzerland."
    let a = try extract(releasePage(release + [closing]))
    #expect(a.text.contains(closing))
    let other = "Globex is a maker of medical sensors based in Lyon and was founded in 1998."
    let b = try extract(releasePage(release + [other, "Globex is headquartered in Lyon and employs 200 people."]))
    #expect(b.text.contains(other))
    let news = "Acme said on Monday that it would hire 200 engineers to support the launch."
    let c = try extract(releasePage(release + [news, "Acme is a global provider of hospital software."]))
    #expect(c.text.contains(news))
}

@Test func aTitleOpeningWithAnOrdinaryWordNamesNoSubject() {
    #expect(AboutTailRule.subject(of: "This is how the council spends its money") == nil)
    #expect(AboutTailRule.subject(of: "Acme teams up with Globex") == "Acme")
}
