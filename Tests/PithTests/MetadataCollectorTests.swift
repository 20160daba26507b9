import Foundation
import Testing
@testable import Pith

private func meta(_ head: String, body: [String] = proseEN, url: String? = nil, lang: String? = nil) throws -> Metadata {
    let html = "<html\(lang.map { " lang=\"\($0)\"" } ?? "")><head>\(head)</head><body><article><h1>A day in the city</h1>"
        + body.map { "<p>\($0)</p>" }.joined() + "</article></body></html>"
    return try Pith.extract(html: Data(html.utf8), url: url).metadata
}

@Test func jsonLDGraphArraysAndNestedObjects() throws {
    let ld = """
    <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
      {"@type":"WebSite","name":"Example News"},
      {"@type":["NewsArticle"],"headline":"A day in the city","datePublished":"2021-03-04T05:06:07+01:00",
       "author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Roe"}],
       "publisher":{"@type":"Organization","name":"Example Media"},"articleSection":["Local"],
       "image":{"@type":"ImageObject","url":"https://cdn.example.com/a.jpg"}}]}</script>
    <script type="application/ld+json">{ broken json </script>
    """
    let m = try meta(ld)
    #expect(m.date == "2021-03-04T05:06:07+01:00")
    #expect(m.authors == ["Jane Doe", "John Roe"])
    #expect(m.siteName == "Example Media")
    #expect(m.category == "Local")
    #expect(m.imageURL == "https://cdn.example.com/a.jpg")
}

@Test func metaTagsTimeElementsAndURLDates() throws {
    #expect(try meta("<meta property=\"article:published_time\" content=\"2019-11-18T21:17:27Z\">").date == "2019-11-18T21:17:27Z")
    #expect(try meta("<meta name=\"pubdate\" content=\"20121013\">").date == "2012-10-13")
    let timed = try meta("", body: ["<time datetime=\"2018-09-27T09:00:40+00:00\" pubdate>Sept 27</time>"] + proseEN)
    #expect(timed.date == "2018-09-27T09:00:40+00:00")
    #expect(try meta("", url: "https://news.example.com/2019/11/18/a-story/").date == "2019-11-18")
    #expect(try meta("", url: "https://news.example.com/story-20191118/").date == "2019-11-18")
    #expect(try meta("<meta property=\"article:modified_time\" content=\"2020-01-02\">").dateModified == "2020-01-02")
}

@Test func visibleDatesNearTheTitle() throws {
    for (line, iso) in [("发布时间：2012年10月13日 来源：本站", "2012-10-13"), ("13 October 2012", "2012-10-13"),
                        ("Oct 13, 2012", "2012-10-13"), ("13.10.2012", "2012-10-13")] {
        let a = try Pith.extract(string: "<html><body><article><h1>A day in the city</h1><p>\(line)</p>"
            + proseEN.map { "<p>\($0)</p>" }.joined() + "</article></body></html>")
        #expect(a.metadata.date == iso, "\(line)")
        #expect(!a.text.contains(line), "dateline left in the body: \(line)")
    }
}

@Test func impossibleAndFutureDatesAreRejected() {
    let now = Date(timeIntervalSince1970: 1_700_000_000)   // 2023-11-14
    #expect(DateNormalizer.normalize("2012-02-30", now: now) == nil)
    #expect(DateNormalizer.normalize("2031-01-01T00:00:00Z", now: now) == nil)
    #expect(DateNormalizer.normalize("1970-01-01", now: now) == nil)
    #expect(DateNormalizer.normalize("2023-11-14", now: now) == "2023-11-14")
    #expect(DateNormalizer.fromURL("https://x.example/2099/01/01/a", now: now) == nil)
    #expect(DateNormalizer.normalize("2019-11-15T15:09:20.725Z", now: now) == "2019-11-15T15:09:20Z")
    #expect(DateNormalizer.normalize("2018-01-29T13:12:59-0800", now: now) == "2018-01-29T13:12:59-08:00")
}

@Test func authorsFromMetaLinksAndBylines() throws {
    #expect(try meta("<meta name=\"author\" content=\"Ilana Muhlstein, MS, RDN\">").authors == ["Ilana Muhlstein"])
    #expect(try meta("<meta name=\"author\" content=\"Jane Doe; John Roe\">").authors == ["Jane Doe", "John Roe"])
    #expect(try meta("", body: ["<a rel=\"author\" href=\"/jd\">Jane Doe</a>"] + proseEN).authors == ["Jane Doe"])
    #expect(Byline.authors(in: "By Jane Smith and John Doe | Oct 13, 2012") == ["Jane Smith", "John Doe"])
    #expect(Byline.authors(in: "作者：张三 来源：新华网") == ["张三"])
    // "by" inside a sentence is not a byline.
    #expect(Byline.authors(in: "The plan was approved by the council on Monday") == [])
    // The publisher is not an author when the page names a person anywhere else…
    let skyHead = "<meta property=\"og:site_name\" content=\"Sky News\"><meta name=\"author\" content=\"Sky\">"
    #expect(try meta(skyHead, body: ["<p class=\"byline\">By Jane Doe | Oct 13, 2012</p>"] + proseEN).authors == ["Jane Doe"])
    #expect(try meta(skyHead, body: ["<span class=\"author-name\">Jane Doe</span>"] + proseEN).authors == ["Jane Doe"])
    // …and when it names none, the organisation it declares as its author is the author.
    #expect(try meta(skyHead).authors == ["Sky"])
    // Author meta that is an address or a handle is passed over for the next key.
    #expect(try meta("<meta property=\"article:author\" content=\"https://www.facebook.com/janedoe\"><meta name=\"sailthru.author\" content=\"Jane Doe\">").authors == ["Jane Doe"])
    #expect(try meta("<meta name=\"author\" content=\"page.head.extra.author\">").authors == [])
    // Blogging software's label pair.
    #expect(try meta("<meta name=\"twitter:label1\" content=\"Written by\"><meta name=\"twitter:data1\" content=\"Jane Doe\">").authors == ["Jane Doe"])
    #expect(try meta("<meta name=\"twitter:label1\" content=\"Est. reading time\"><meta name=\"twitter:data1\" content=\"4 minutes\">").authors == [])
}

@Test func authorClassesOutsideCommentsAndAuthorBoxes() throws {
    #expect(try meta("", body: ["<div class=\"post-byline\">Jane Doe</div>"] + proseEN).authors == ["Jane Doe"])
    // A commenter, an author box, a picture's credit: no byline.
    #expect(try meta("", body: proseEN + ["<div class=\"comments\"><div class=\"comment\"><span class=\"author\">Bob Smith</span> Great post!</div></div>"]).authors == [])
    #expect(try meta("", body: proseEN + ["<div class=\"author-bio\">Jane Doe writes about cities.</div>"]).authors == [])
    #expect(try meta("", body: ["<span class=\"author\">Posted in 2019 under news</span>"] + proseEN).authors == [])
}

@Test func datesNearTheTitleAndModifiedOnly() throws {
    // A date line the metadata shapes do not take, under the title.
    #expect(try meta("", body: ["Published August 7, 2023 by Nicole Burke and the team at the garden"] + proseEN).date == "2023-08-07")
    // Only a modified time: it is the page's date.
    let modifiedOnly = try meta("<meta property=\"article:modified_time\" content=\"2024-02-03T10:00:00Z\">")
    #expect(modifiedOnly.date?.hasPrefix("2024-02-03") == true && modifiedOnly.dateModified?.hasPrefix("2024-02-03") == true)
    // The published time wins over the modified one.
    let both = try meta("<meta property=\"article:published_time\" content=\"2023-01-02T10:00:00Z\"><meta property=\"article:modified_time\" content=\"2024-02-03T10:00:00Z\">")
    #expect(both.date?.hasPrefix("2023-01-02") == true)
    // A copyright year far below the body is no date.
    #expect(try meta("", body: proseEN + proseEN + proseEN + ["© 2021 Example Media. All rights reserved."]).date == nil)
    // <time itemprop=dateCreated> is when a question or post was made.
    #expect(try meta("", body: ["<time itemprop=\"dateCreated\" datetime=\"2022-05-06T07:08:09Z\">May 6</time>"] + proseEN).date?.hasPrefix("2022-05-06") == true)
}

@Test func languageDeclaredCheckedAndGuessed() throws {
    #expect(try meta("", lang: "en-GB").language == "en-GB")
    #expect(try meta("", body: proseZH, lang: "en").language == "zh")            // wrong declaration, Chinese body
    #expect(try meta("", body: proseZH).language == "zh")                        // undeclared
    let german = ["Der Stadtrat hat am Dienstag über den neuen Haushalt beraten, der mehr Geld für Parks und Schulen vorsieht.",
                  "Die Bürger haben sich in der Sitzung zu Wort gemeldet und auf den Verkehr an der Straße hingewiesen.",
                  "Der Bürgermeister sagte, dass der Plan nach weiteren Gesprächen mit den Anwohnern geändert wird, und das ist auch gut so."]
    #expect(try meta("", body: german).language == "de")
    #expect(try meta("", body: german, lang: "en").language == "de")             // overwhelming evidence
    #expect(try meta("", body: proseEN, lang: "en-US").language == "en-US")
}

@Test func titlesAndSiteNames() throws {
    let a = try Pith.extract(string: "<html><head><title>在全市基层组织建设年活动现场推进会上的讲话_发言稿_文秘网</title></head><body><div>"
        + proseZH.map { "<p>\($0)</p>" }.joined() + "</div></body></html>")
    #expect(a.title == "在全市基层组织建设年活动现场推进会上的讲话")
    #expect(a.metadata.siteName == "文秘网")
    // A logo h1 carrying the site name is not the title.
    let b = try Pith.extract(string: "<html><head><title>With shattered dreams, deportees return home | India Post</title>"
        + "<meta property=\"og:title\" content=\"With shattered dreams, deportees return home\"></head><body><h1>India Post</h1><article>"
        + proseEN.map { "<p>\($0)</p>" }.joined() + "</article></body></html>")
    #expect(b.title == "With shattered dreams, deportees return home")
    #expect(b.metadata.siteName == "India Post")
    // A title whose dash is part of the headline keeps it, and no site name is made up.
    let c = try Pith.extract(string: "<html><head><title>Die Patientenakte – der lange Marsch</title></head><body><article><h1>Die Patientenakte – der lange Marsch</h1>"
        + proseEN.map { "<p>\($0)</p>" }.joined() + "</article></body></html>")
    #expect(c.title == "Die Patientenakte – der lange Marsch")
    #expect(c.metadata.siteName == nil)
}

@Test func urlsResolveAgainstBaseAndPage() throws {
    let m = try meta("<base href=\"https://cdn.example.org/site/\"><link rel=\"canonical\" href=\"story?id=1\"><meta property=\"og:image\" content=\"img/a b.jpg\">",
                     url: "https://example.com/x/y")
    #expect(m.canonicalURL == "https://cdn.example.org/site/story?id=1")
    #expect(m.imageURL == "https://cdn.example.org/site/img/a%20b.jpg")
    #expect(m.url == "https://example.com/x/y")
    #expect(MetadataCollector.resolve("javascript:void(0)", against: "https://e.com/") == nil)
    #expect(MetadataCollector.resolve("//cdn.e.com/a.png", against: "https://e.com/") == "https://cdn.e.com/a.png")
}

@Test func aDateClosingALetterIsKept() throws {
    let a = try Pith.extract(string: "<html><body><article><h1>A letter to the council</h1>" + proseEN.map { "<p>\($0)</p>" }.joined()
        + "<p>13 October 2012</p></article></body></html>")
    #expect(a.text.hasSuffix("13 October 2012"))
}

@Test func authorReferencesAndSiteSuffixes() throws {
    let ld = """
    <script type="application/ld+json">{"@graph":[{"@type":"Article","author":{"@id":"https://e.com/#/person/1"},
      "datePublished":"2018-04-09"},{"@type":"Person","@id":"https://e.com/#/person/1","name":"Josh Doe"}]}</script>
    """
    #expect(try meta(ld).authors == ["Josh Doe"])
    // A raw line break inside a JSON-LD string does not lose the whole script.
    #expect(try meta("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":\"Nishant\nKumar\"}</script>").authors == ["Nishant Kumar"])
    #expect(AuthorNames.withoutPublisher(["Troy L. Smith, Cleveland.com", "Cleveland"], siteName: "cleveland") == ["Troy L. Smith"])
}

/// `rel` is a list of words: "canonical" must be one of them, in any letter case.
@Test func canonicalIsAWordOfRel() {
    for rel in ["canonical", "Alternate CANONICAL", "canonical\tnext", " canonical "] {
        #expect(HTMLVocabulary.isCanonical(rel), "\(rel)")
    }
    for rel in ["", "stylesheet", "noncanonical", "canonicals", "canon ical", "alternate"] {
        #expect(!HTMLVocabulary.isCanonical(rel), "\(rel)")
    }
}

@Test func theHeaderDateIsTheDateThePageGivesItself() throws {
    // The page's data says a UTC time whose day is not the page's own; the line under the title
    // says the local day (issue 20's Berlin example).
    let utc = "<meta property=\"article:published_time\" content=\"2019-10-18T22:04:00Z\">"
    #expect(try meta(utc, body: ["19. Oktober 2019"] + proseEN, lang: "de").date == "2019-10-19")
    #expect(try meta(utc, body: ["Oct 19, 2019"] + proseEN).date == "2019-10-19")
    // Near misses: an update notice under the title does not replace the publication date …
    #expect(try meta(utc, body: ["Updated October 21, 2019"] + proseEN).date?.hasPrefix("2019-10-18") == true)
    #expect(try meta(utc, body: ["Aktualisiert am 21.10.2019"] + proseEN, lang: "de").date?.hasPrefix("2019-10-18") == true)
    // … a numeric line read in the other order is the data's date: the data settles the order …
    let sept = "<meta property=\"article:published_time\" content=\"2024-09-10T16:07:00Z\">"
    #expect(try meta(sept, body: ["09.10.2024"] + proseEN).date?.hasPrefix("2024-09-10") == true)
    // (but a month's name settles it against numbers in the data)
    let numbers = "<meta name=\"article:published_time\" content=\"03-09-2026\">"
    #expect(try meta(numbers, body: ["Published March 9, 2026"] + proseEN).date == "2026-03-09")
    // A dot after a day ends no sentence: `19. Oktober 2019` is a date line; a member's join
    // time is not made one.
    #expect(LineShapes(text: "19. Oktober 2019", stats: TextStatistics("19. Oktober 2019")).isDateLine)
    #expect(!LineShapes(text: "Joined: 4. Jul 2012, 16:09", stats: TextStatistics("Joined: 4. Jul 2012, 16:09")).isDateLine)
    // … and a date deep in the body is not the header's.
    #expect(try meta(utc, body: proseEN + proseEN + ["3 March 2021"] + proseEN).date?.hasPrefix("2019-10-18") == true)
}

@Test func aThreadIsDatedByItsFirstPostsMarkup() throws {
    // On a thread the line under the title is a post's date; the thread's data says when it began.
    let ld = "<script type=\"application/ld+json\">{\"@type\":\"DiscussionForumPosting\",\"headline\":\"A day in the city\",\"datePublished\":\"2024-05-27T07:11:40Z\"}</script>"
    #expect(try meta(ld, body: ["Jun 3, 2024"] + proseEN).date?.hasPrefix("2024-05-27") == true)
    // The same line on an article is the article's date.
    let article = ld.replacingOccurrences(of: "DiscussionForumPosting", with: "NewsArticle")
    #expect(try meta(article, body: ["Jun 3, 2024"] + proseEN).date == "2024-06-03")
}

@Test func publicationMetaNamesTheListDoesNotSpell() throws {
    #expect(try meta("<meta name=\"w-published-date\" content=\"2025-05-27T06:03:43.274Z\">").date?.hasPrefix("2025-05-27") == true)
    #expect(try meta("<meta name=\"cxenseparse:publishtime\" content=\"2021-02-03T04:05:06+01:00\">").date?.hasPrefix("2021-02-03") == true)
    // Near misses: an update time, a publisher, a flag.
    #expect(try meta("<meta name=\"w-published-updated-date\" content=\"2025-06-01T00:00:00Z\">"
                     + "<meta name=\"x-publish-modified-date\" content=\"2025-06-01\">"
                     + "<meta name=\"publisher-date\" content=\"2025-06-02\"><meta name=\"auto-publish\" content=\"2025-06-03\">").date == nil)
    #expect(MetadataCollector.isPublicationKey("date-pub") && MetadataCollector.isPublicationKey("og:publish_date"))
    #expect(!MetadataCollector.isPublicationKey("publisher") && !MetadataCollector.isPublicationKey("article:publisher_date"))
    #expect(!MetadataCollector.isPublicationKey("publish-updated-time") && !MetadataCollector.isPublicationKey("published"))
}

@Test func aDateLineClosingThePostWhenNothingElseDatesIt() throws {
    // The line sits below the article, in the page's footer.
    func below(_ line: String, head: String = "", url: String? = nil) throws -> String? {
        let html = "<html><head>\(head)</head><body><main><article><h1>A day in the city</h1>"
            + Array(repeating: proseEN, count: 8).joined().map { "<p>\($0)</p>" }.joined() + "</article>"
            + "<aside><h3>More stories</h3><ul><li><a href=\"/a\">Another day in another city of the north</a></li></ul></aside>"
            + "</main><footer><p>\(line)</p></footer></body></html>"
        return try Pith.extract(html: Data(html.utf8), url: url).metadata.date
    }
    #expect(try below("Published Feb 2, 2023") == "2023-02-02")
    // Only an update notice below: the last resort, after the page's modified time.
    #expect(try below("Last updated: November 13, 2025") == "2025-11-13")
    let modified = "<meta property=\"article:modified_time\" content=\"2024-02-03T10:00:00Z\">"
    #expect(try below("Last updated: November 13, 2025", head: modified)?.hasPrefix("2024-02-03") == true)
    // Near miss: the URL's date wins over a line below the body.
    #expect(try below("Published Feb 2, 2023", url: "https://e.com/2022/01/05/a-day/") == "2022-01-05")
}

@Test func aPageWhoseBodyIsBuiltByScriptStillSaysWhatItIs() throws {
    // Only the head says anything: the title and date come back with an empty body.
    let html = "<html><head><title>Where should I start? - Home Community</title>"
        + "<meta property=\"article:published_time\" content=\"2018-09-16T20:53:14+00:00\"></head>"
        + "<body><section id=\"main\"></section><noscript></noscript></body></html>"
    let a = try Pith.extract(html: Data(html.utf8))
    #expect(a.blocks.isEmpty && a.text.isEmpty)
    #expect(a.title == "Where should I start?")
    #expect(a.metadata.date?.hasPrefix("2018-09-16") == true)
    // Near miss: no title and no text is still no text.
    #expect(throws: PithError.noText) {
        try Pith.extract(html: Data("<html><head><meta property=\"article:published_time\" content=\"2018-09-16\"></head><body><div></div></body></html>".utf8))
    }
}
