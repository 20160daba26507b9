import Foundation

/// Gathers the page facts into `Metadata`, each field from the most reliable source that has it:
/// JSON-LD, then `<meta>` tags, then `<time>`, then the visible metadata lines around the body
/// (`栏目:发言稿发布:2012-10-13…`, `By Jane Doe | Oct 13, 2012`), then the URL.
enum MetadataCollector {
    static let publishedKeys = [
        "article:published_time", "og:article:published_time", "datepublished", "og:published_time", "published_time",
        "publishdate", "publish-date", "publish_date", "pubdate", "publication_date", "citation_publication_date",
        "citation_date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created", "date",
        "sailthru.date", "parsely-pub-date", "article.published", "originalpublicationdate", "displaydate",
        "weibo: article:create_at", "og:release_date",
    ]
    static let modifiedKeys = ["article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "last-modified",
                               "article:updated_time", "lastmod"]
    static let authorKeys = ["author", "article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author",
                             "byl", "citation_author"]
    static let sectionKeys = ["article:section", "og:article:section", "section", "parsely-section", "category", "articlesection"]
    static let descriptionKeys = ["description", "og:description", "twitter:description", "dc.description"]
    static let imageKeys = ["og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src", "image", "thumbnailurl"]
    static let languageKeys = ["content-language", "language", "dc.language", "og:locale", "inlanguage"]

    static func collect(blocks: [TextBlock], body: [Int], facts: PageFacts?, url: String?,
                        languages: LanguageGuess, now: Date = Date()) -> Metadata {
        var m = Metadata()
        let ld = facts?.jsonLD ?? JSONLDFacts()

        // Lines around the body: category, date, byline.
        var lineDate: String?, lineCategory: String?, lineAuthors: [String] = []
        let start = max(0, (body.first ?? 0) - 8)
        let end = min(blocks.count, (body.last ?? -1) + 1)
        if start < end {
            for i in start..<end {
                let shape = blocks[i].shapes
                guard shape.isMetadataLine || (shape.isDateLine || shape.isTimestampLine) && i - start < 16 else { continue }
                if lineCategory == nil { lineCategory = MetadataLine.category(in: blocks[i].text) }
                if lineDate == nil, let d = DatePattern.first(in: blocks[i].text), DateNormalizer.isNotFuture(d.iso, now: now) {
                    lineDate = d.iso
                }
                if lineAuthors.isEmpty { lineAuthors = Byline.authors(in: blocks[i].text) }
            }
        }

        // Date: structured sources, then what the reader sees, then the URL.
        let timeDates = facts?.times ?? []
        let candidates: [String?] = [
            ld.datePublished, facts?.meta(publishedKeys),
            timeDates.first(where: { $0.isPublished })?.value,
        ]
        m.date = candidates.lazy.compactMap { $0.flatMap { DateNormalizer.normalize($0, now: now) } }.first
            ?? lineDate
            ?? timeDates.first.flatMap { DateNormalizer.normalize($0.value, now: now) }
            ?? (url ?? facts?.canonical).flatMap { DateNormalizer.fromURL($0, now: now) }
        m.dateModified = [ld.dateModified, facts?.meta(modifiedKeys)].lazy
            .compactMap { $0.flatMap { DateNormalizer.normalize($0, now: now) } }.first

        // Authors.
        if !ld.authors.isEmpty {
            m.authors = ld.authors
        } else if let a = facts?.meta(authorKeys), !a.contains("://"), !a.hasPrefix("@") || a.count > 1 {
            m.authors = AuthorNames.split(a)
        } else if let links = facts?.authorLinks, !links.isEmpty {
            m.authors = links.map { Byline.authors(in: $0).first ?? $0 }
        } else {
            m.authors = lineAuthors
        }
        m.authors = dedupe(m.authors.map(AuthorNames.clean).filter { !$0.isEmpty && $0.count <= 80 })

        m.siteName = facts?.meta(["og:site_name", "application-name", "al:ios:app_name"]) ?? ld.publisher
        m.category = lineCategory ?? ld.section ?? facts?.meta(sectionKeys)
        m.description = ld.description ?? facts?.meta(descriptionKeys)

        // URLs resolve against <base>, else the page's own URL.
        let baseURL = (facts?.base).flatMap { b in resolve(b, against: url) } ?? url
        m.url = url
        if let c = facts?.canonical ?? facts?.meta(["og:url"]) ?? ld.url { m.canonicalURL = resolve(c, against: baseURL) }
        if m.url == nil { m.url = m.canonicalURL }
        if let img = facts?.meta(imageKeys) ?? ld.image { m.imageURL = resolve(img, against: baseURL ?? m.canonicalURL) }

        // Language: what the page declares, checked against the body's script and words.
        let declared = facts?.htmlLang ?? facts?.meta(languageKeys) ?? ld.language
        let sample = bodySample(blocks, body)
        let guessed = languages.weighedGuess(sample[...])
        m.language = LanguageDecision.decide(declared: declared, guessed: guessed?.code, strong: guessed?.strong ?? false)
        return m
    }

    private static func bodySample(_ blocks: [TextBlock], _ body: [Int]) -> String {
        var s = ""
        for i in body where blocks[i].isKept {
            s += blocks[i].text
            s += " "
            if s.utf8.count > 1500 { break }
        }
        return s
    }

    private static func dedupe(_ a: [String]) -> [String] {
        var out: [String] = []
        for x in a where !out.contains(x) { out.append(x) }
        return out
    }

    /// An absolute http(s) URL for `ref`, resolved against `base` when relative; nil for
    /// `javascript:`, `data:` and unparseable references.
    /// What a reference may keep unencoded (the set built once).
    private static let referenceCharacters = CharacterSet.urlFragmentAllowed.union(CharacterSet(charactersIn: "#%"))

    static func resolve(_ ref: String, against base: String?) -> String? {
        let r = ref.trimmingWhitespace()
        guard !r.isEmpty else { return nil }
        let lower = r.lowercased()
        if lower.hasPrefix("javascript:") || lower.hasPrefix("data:") || lower.hasPrefix("mailto:") { return nil }
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") { return r }
        guard let base, let b = URL(string: base), b.scheme != nil else { return r.hasPrefix("//") ? "https:" + r : nil }
        let encoded = r.addingPercentEncoding(withAllowedCharacters: referenceCharacters) ?? r
        return URL(string: encoded, relativeTo: b)?.absoluteURL.absoluteString
    }
}

/// Keeps the declared language unless the body's script contradicts it (a page declaring `en`
/// with a Chinese body is Chinese); uses the guess when nothing is declared.
enum LanguageDecision {
    static func decide(declared: String?, guessed: String?, strong: Bool = false) -> String? {
        let d = declared.map { $0.replacingOccurrences(of: "_", with: "-").trimmingBlanks() }
            .flatMap { $0.isEmpty ? nil : $0 }
        guard let d else { return guessed }
        guard let guessed else { return d }
        let primary = d.split(separator: "-").first.map { String($0).lowercased() } ?? d.lowercased()
        if primary == guessed { return d }
        // Scripts are decisive; Latin-script guesses overrule only on overwhelming evidence.
        let scriptLanguages: Set<String> = ["zh", "ja", "ko", "ru", "ar", "he", "el", "th"]
        if scriptLanguages.contains(guessed) || scriptLanguages.contains(primary) {
            // zh/ja share Han: trust a declared ja with some kana-less samples, and Cyrillic languages other than ru.
            if primary == "ja" && guessed == "zh" { return d }
            if guessed == "ru", ["uk", "bg", "sr", "be", "mk", "kk"].contains(primary) { return d }
            return guessed
        }
        return strong ? guessed : d
    }
}
