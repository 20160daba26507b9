import Testing
@testable import Pith

@Test func dropsMetadataLinesAndReadsThem() throws {
    let a = try extract(page(title: "城市建设取得新进展", paragraphs: proseZH, before: "",
                             after: "").replacingOccurrences(of: "</h1>", with: "</h1><div>栏目:新闻发布:2021-03-05浏览:120次</div>"))
    #expect(!a.text.contains("栏目"))
    #expect(a.metadata.date == "2021-03-05")
    #expect(a.metadata.category == "新闻")
}

@Test func dropsEnglishBylines() throws {
    let html = page(paragraphs: proseEN).replacingOccurrences(of: "</h1>", with: "</h1><p>By Jane Doe | Published Oct 13, 2012</p>")
    let a = try extract(html)
    #expect(!a.text.contains("Jane Doe"))
    #expect(a.metadata.date == "2012-10-13")
}

@Test func keepsALoneDateClosingASpeech() throws {
    let a = try extract(page(title: "讲话", paragraphs: proseZH + ["2012年10月13日"]))
    #expect(a.text.hasSuffix("2012年10月13日"))
}

@Test func findsDatesInManyForms() {
    #expect(DatePattern.first(in: "发布:2012-10-13")?.iso == "2012-10-13")
    #expect(DatePattern.first(in: "2012年10月13日")?.iso == "2012-10-13")
    #expect(DatePattern.first(in: "on 13 October 2012")?.iso == "2012-10-13")
    #expect(DatePattern.first(in: "Oct 13, 2012")?.iso == "2012-10-13")
    #expect(DatePattern.first(in: "13.10.2012")?.iso == "2012-10-13")
    #expect(DatePattern.first(in: "2012-13-45") == nil)
    #expect(DatePattern.first(in: "call 2012-1013") == nil)
    // Ordinal days, with and without "of".
    #expect(DatePattern.first(in: "Posted 30th March 2025")?.iso == "2025-03-30")
    #expect(DatePattern.first(in: "on the 1st of May 2024")?.iso == "2024-05-01")
    #expect(DatePattern.first(in: "the 4th floor, May 2024") == nil)
    // Month first only where day first cannot be, and only for the metadata readers; an
    // ambiguous date stays day first.
    #expect(DatePattern.first(in: "Updated: 10/31/2024", monthFirstNumbers: true)?.iso == "2024-10-31")
    #expect(DatePattern.first(in: "11-29-2024", monthFirstNumbers: true)?.iso == "2024-11-29")
    #expect(DatePattern.first(in: "03-09-2026", monthFirstNumbers: true)?.iso == "2026-09-03")
    #expect(DatePattern.first(in: "13/13/2024", monthFirstNumbers: true) == nil)
    #expect(DatePattern.first(in: "On 8/26/2024 at 5:29 PM, ron said:") == nil)
}

@Test func reporterCreditsAreMetadataButSentencesAboutReportersAreNot() {
    func isMeta(_ s: String) -> Bool { MetadataLine.isMetadataLine(s, stats: TextStatistics(s)) }
    #expect(isMeta("光明日报记者 王建宏 张文攀"))
    #expect(isMeta("新华网黑龙江频道 记者 伊琳 李清芬"))
    #expect(!isMeta("记者节当天，全市新闻工作者举行了座谈会。"))
    #expect(!isMeta("记者了解到，这项工程明年完工"))
    // Each role, after Latin letters or other characters, and a role word that is not one.
    #expect(isMeta("通讯员 李明 王强"))
    #expect(isMeta("ABC日报实习生 刘国栋"))
    #expect(isMeta("本报记者、王建宏"))
    #expect(!isMeta("记录者 王建宏"))
}

@Test func chineseFieldLinesAreMetadataButSentencesStartingWithTheWordAreNot() {
    func isMeta(_ s: String) -> Bool { MetadataLine.isMetadataLine(s, stats: TextStatistics(s)) }
    #expect(isMeta("来源：新闻晨报"))
    #expect(isMeta("责任编辑: 山石"))
    #expect(isMeta("本报实习生 刘国栋 周炜"))
    #expect(isMeta("文章来源：千龙网"))
    #expect(isMeta("来源  ：千龙网"))
    #expect(!isMeta("来源 千龙网"))
    #expect(!isMeta("文章来源于作者的亲身经历，读来十分感人。"))
    #expect(!isMeta("来源于群众的意见，是我们改进工作的依据。"))
    #expect(!isMeta("编辑部收到了很多读者来信"))
}

@Test func timestampsAndSourceLinesLeaveTheBodyButALettersDateStays() throws {
    let a = try extract(page(paragraphs: proseEN + ["20 Nov 2019 08:00 GMT", "SOURCE: News agencies"]))
    #expect(!a.text.contains("08:00 GMT") && !a.text.contains("SOURCE:"))
    let letter = try extract(page(paragraphs: proseEN + ["13 October 2012"]))
    #expect(letter.text.hasSuffix("13 October 2012"))
    // A sentence that starts with "Source:" and goes on as prose stays.
    let s = "Source: the council's own figures show that spending on parks rose sharply last year."
    #expect(!MetadataLine.isMetadataLine(s, stats: TextStatistics(s)))
}

@Test func affiliateAndContactLinesAndTheirLookAlikes() throws {
    let lexicon = try BoilerplateLexicon.load()
    func m(_ s: String) -> RemovalReason? { lexicon.match(s, stats: TextStatistics(s)) }
    #expect(m("If you buy something through this post, IGN may get a share of the sale.") == .copyright)
    #expect(m("More Great WIRED Stories") == .related)
    #expect(m("More") == .related)
    #expect(m("More than 200 people attended the meeting on Tuesday night in the town hall.") == nil)
}

@Test func aSourceWithATimestampIsMetadataButAScheduleSentenceStays() throws {
    let html = page(paragraphs: proseEN).replacingOccurrences(
        of: "</h1>", with: "</h1><p>Associated Press November 19, 2019, 9:02 AM</p>")
    let a = try extract(html)
    #expect(!a.text.contains("Associated Press"))
    #expect(a.metadata.date == "2019-11-19")
    // A sentence with a date and a time is prose: it ends like one.
    let s = "The match starts on November 19, 2019, at 9:00 AM in Madrid."
    let kept = try extract(page(paragraphs: proseEN + [s]))
    #expect(kept.text.contains(s))
}

@Test func europeanFieldLabelsMakeMetadataLinesButNotSentences() {
    func isMeta(_ s: String) -> Bool { MetadataLine.isMetadataLine(s, stats: TextStatistics(s)) }
    #expect(isMeta("05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde - Tags: segurança"))
    #expect(MetadataLine.category(in: "Publicado por: Ana - Categoria: Saúde - Tags: x") == "Saúde")
    #expect(isMeta("Publié le 13/10/2012 dans Catégorie : Politique"))
    #expect(!isMeta("O livro foi publicado pela primeira vez no Brasil e fez sucesso entre os leitores."))
}

@Test func aSentenceUsingLabelWordsIsProseButABylineWithADateIsNot() {
    func isMeta(_ s: String) -> Bool { MetadataLine.isMetadataLine(s, stats: TextStatistics(s)) }
    #expect(!isMeta("The share price rose by a tenth after the council published its plans."))
    #expect(isMeta("By Jane Doe. Published Oct 13, 2012."))
}

@Test func lowerCasingKeepsChineseAndFoldsLatinAndFullwidthLetters() {
    #expect(MetadataLine.lowercasedBytes("栏目:ABC 发布") == Array("栏目:abc 发布".utf8))
    #expect(MetadataLine.lowercasedBytes("Publié PAR Ａ") == Array("publié par ａ".utf8))
}

@Test func everyMonthNameIsReadInBothOrders() {
    let names = ["jan", "January", "FEB", "february", "Mar", "march", "apr", "April", "May", "jun", "June", "jul", "July",
                 "aug", "August", "Sep", "Sept", "September", "oct", "October", "nov", "November", "dec", "December"]
    for name in names {
        #expect(DatePattern.first(in: "Posted \(name) 5, 2021 by staff") != nil, "\(name) first")
        #expect(DatePattern.first(in: "on 5 \(name) 2021") != nil, "\(name) second")
    }
    for word in ["Mayday 5, 2021", "Ma 5, 2021", "Septembers 5, 2021", "Octopus 5, 2021"] {
        #expect(DatePattern.first(in: word) == nil, "\(word)")
    }
}

/// A memo answers as `DatePattern.first` does, the second time too, date or none.
@Test func dateMemoAnswersAsTheSearch() {
    for text in ["on 13 October 2012", "发布:2012-10-13", "no date here", "2012-13-45", ""] {
        var memo = DatePattern.Memo(text)
        #expect(memo.first == DatePattern.first(in: text), "\(text)")
        #expect(memo.first == DatePattern.first(in: text), "\(text)")
    }
}

/// A clock time is a digit, a colon, then a minute's two digits, anywhere in the line.
@Test func clockTimesAreFoundAtEveryPlace() {
    for (line, clock) in [("Updated 08:00 GMT", true), ("x 1:59", true), ("1:59", true), ("12:60", false), (":00 later", false),
                          ("ab:12", false), ("9:5", false), ("ratio 3:1 and 4:2", false), ("a:b 10:45", true), ("", false),
                          ("发布时间：2012-10-13 09:30", true), ("比分 3：1", false)] {
        #expect(MetadataLineRule.hasClockTime(line) == clock, "\(line)")
    }
}

@Test func datesWithMonthNamesOfOtherLanguages() {
    #expect(DatePattern.first(in: "Veröffentlicht am 3. März 2021, 14:05 Uhr")?.iso == "2021-03-03")
    #expect(DatePattern.first(in: "Publié le 12 février 2020")?.iso == "2020-02-12")
    #expect(DatePattern.first(in: "Actualizado el 5 de noviembre de 2019")?.iso == "2019-11-05")
    #expect(DatePattern.first(in: "Pubblicato il 21 settembre 2022")?.iso == "2022-09-21")
    #expect(DatePattern.first(in: "Publicado em 7 de março de 2023")?.iso == "2023-03-07")
    #expect(DatePattern.first(in: "Opublikowano 14 października 2021")?.iso == "2021-10-14")
    #expect(DatePattern.first(in: "Опубликовано 3 марта 2021")?.iso == "2021-03-03")
    #expect(DatePattern.first(in: "2021年3月3日")?.iso == "2021-03-03")
    // Near misses: a month's name in a sentence, a day without a year, a number before a word.
    #expect(DatePattern.first(in: "Im März 2021 stieg die Zahl") == nil)
    #expect(DatePattern.first(in: "am 3. März") == nil)
    #expect(DatePattern.first(in: "3. Mannschaft 2021") == nil)
}

@Test func bylinesInOtherLanguages() {
    #expect(Byline.authors(in: "Von Anna Müller | 3. März 2021") == ["Anna Müller"])
    #expect(Byline.authors(in: "Par Jean Dupont") == ["Jean Dupont"])
    #expect(Byline.authors(in: "Por Juan Pérez") == ["Juan Pérez"])
    #expect(Byline.authors(in: "Автор: Иван Петров") == ["Иван Петров"])
    // "von" inside a sentence, "por" before a question: no byline.
    #expect(Byline.authors(in: "Die Zahl von Menschen stieg") == [])
    #expect(Byline.authors(in: "Por qué sube el precio") == [])
}
