import Foundation

/// Finds a page's title: the `<h1>` that agrees with `<title>`, `og:title` or the JSON-LD
/// headline; else `og:title` / `twitter:title`; else the JSON-LD headline; else `<title>`
/// without its site-name part (`… - Site`, `… | Site`, `…_栏目_网站`).
enum TitleFinder {
    struct Found {
        var title: String?
        var siteName: String?
    }

    static let separators = [" - ", " | ", " – ", " — ", "_", "｜", " :: ", " » ", " · ", "--", "-- "]

    static func find(in tree: DocumentTree, hard: [RemovalReason?], headline: String? = nil) -> Found {
        var og: String?, siteName: String?, docTitle: String?
        var h1s: [String] = []
        for i in 0..<tree.count where tree[i].kind == .element {
            // `<meta>` and `<title>` are non-content tags, `<h1>` a heading: skip the rest at once.
            guard !tree.flags[i].isDisjoint(with: [.nonContent, .heading]) else { continue }
            switch tree.name(of: i) {
            case "meta":
                let key = (tree.attribute(HTMLVocabulary.AttributeMask.property, of: i) ?? tree.attribute(HTMLVocabulary.AttributeMask.name, of: i) ?? "").lowercased()
                // Only three keys matter: the content of the others is not read.
                let isTitle = key == "og:title" || key == "twitter:title", isSite = key == "og:site_name"
                guard isTitle && og == nil || isSite && siteName == nil else { continue }
                let content = WhitespaceNormalizer.collapse(tree.attribute(HTMLVocabulary.AttributeMask.content, of: i) ?? "")
                guard !content.isEmpty else { continue }
                if isTitle { og = content } else { siteName = content }
            case "title":
                if docTitle == nil { docTitle = tree.textContent(of: i) }
            case "h1":
                if hard[i] == nil { let t = tree.textContent(of: i); if !t.isEmpty { h1s.append(t) } }
            default: break
            }
        }
        let titleSite = docTitle.flatMap { split($0).1 }
        // `<title>The empty lot | Longhand Quarterly</title>` with `<h1>The empty lot</h1>`: the
        // part the page's one h1 spells is the title, the other the site — even when the title
        // is the shorter part (split would take the longest for the title).
        if let docTitle, og == nil, headline == nil {
            let parts = Self.parts(docTitle)
            let spelled = parts.filter { p in h1s.contains { WhitespaceNormalizer.squeezed($0) == WhitespaceNormalizer.squeezed(p) } }
            if parts.count == 2, spelled.count == 1, let h = h1s.first(where: { WhitespaceNormalizer.squeezed($0) == WhitespaceNormalizer.squeezed(spelled[0]) }),
               siteName == nil || WhitespaceNormalizer.squeezed(siteName!) != WhitespaceNormalizer.squeezed(h) {
                return Found(title: h, siteName: siteName ?? parts.first { $0 != spelled[0] })
            }
        }
        if siteName == nil { siteName = titleSite }
        let references = [og, headline, docTitle].compactMap { $0 }.map(WhitespaceNormalizer.squeezed)
        let siteSqueezed = [siteName, titleSite].compactMap { $0 }.map(WhitespaceNormalizer.squeezed)
        for h in h1s {
            let sq = WhitespaceNormalizer.squeezed(h)
            // An h1 that is only the site's name (a logo heading) is not the title.
            guard sq.count >= 2, !siteSqueezed.contains(sq) else { continue }
            if references.contains(where: { Self.contains($0, sq) && sq.count * 3 >= $0.count || Self.contains(sq, $0) }) {
                return Found(title: h, siteName: Self.site(siteName, unlessIn: h))
            }
        }
        if let og { return Found(title: Self.strip(siteName, from: og), siteName: siteName) }
        if let headline { return Found(title: Self.strip(siteName, from: headline), siteName: siteName) }
        if let docTitle, !docTitle.isEmpty {
            let (main, site) = split(docTitle)
            return Found(title: main, siteName: siteName ?? site)
        }
        return Found(title: h1s.first, siteName: siteName)
    }

    /// The site name, unless the chosen title contains it (then the "suffix" was part of the title).
    static func site(_ site: String?, unlessIn title: String) -> String? {
        guard let site else { return nil }
        return title.contains(site) ? nil : site
    }

    /// `"Story - Site"` → `"Story"` when `site` is the site's name; other titles unchanged.
    static func strip(_ site: String?, from title: String) -> String {
        guard let site, !site.isEmpty, title.count > site.count + 3 else { return title }
        for sep in separators {
            if title.hasSuffix(sep + site) { return String(title.dropLast(sep.count + site.count)).trimmingBlanks() }
            if title.hasPrefix(site + sep) { return String(title.dropFirst(sep.count + site.count)).trimmingBlanks() }
        }
        return title
    }

    /// Length in Latin-letter units: a CJK character says about as much as three letters.
    static func weight(_ s: String) -> Int {
        s.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x2E80 && $1.value <= 0x9FFF || $1.value >= 0xAC00 && $1.value <= 0xD7AF ? 3 : 1) }
    }

    /// `s` cut at every occurrence of `separator` (byte-wise; both are valid UTF-8, so a cut
    /// never splits a character).
    static func components(_ s: String, separatedBy separator: String) -> [String] {
        let b = Array(s.utf8), sep = Array(separator.utf8)
        guard !sep.isEmpty, b.count >= sep.count else { return [s] }
        var parts: [String] = []
        var start = 0, i = 0
        while i + sep.count <= b.count {
            if b[i] == sep[0], b[i..<(i + sep.count)].elementsEqual(sep) {
                parts.append(String(decoding: b[start..<i], as: UTF8.self))
                i += sep.count
                start = i
            } else {
                i += 1
            }
        }
        parts.append(String(decoding: b[start...], as: UTF8.self))
        return parts
    }

    /// Splits `"Story - Site"` into the longest part and the last part (taken as the site name).
    /// `text.contains(part)` (Foundation's search): on bytes when both are ASCII, where it
    /// finds the same.
    static func contains(_ text: String, _ part: String) -> Bool {
        if part.isEmpty { return false }   // as Foundation answers
        if text.utf8.allSatisfy({ $0 < 0x80 }) && part.utf8.allSatisfy({ $0 < 0x80 }) {
            return ByteSearch.contains(Array(text.utf8), Array(part.utf8))
        }
        return text.contains(part)
    }

    /// The title's parts between its separators, trimmed.
    static func parts(_ title: String) -> [String] {
        var parts = [title]
        let bytes = Array(title.utf8)
        for sep in separators where ByteSearch.contains(bytes, Array(sep.utf8)) {
            parts = parts.flatMap { Self.components($0, separatedBy: sep) }
        }
        return parts.map { $0.trimmingBlanks() }.filter { !$0.isEmpty }
    }

    static func split(_ title: String) -> (String, String?) {
        var parts = [title]
        let bytes = Array(title.utf8)
        // A separator the title lacks splits nothing: most titles hold one or two.
        for sep in separators where ByteSearch.contains(bytes, Array(sep.utf8)) {
            parts = parts.flatMap { Self.components($0, separatedBy: sep) }
        }
        parts = parts.map { $0.trimmingBlanks() }.filter { !$0.isEmpty }
        guard parts.count > 1, let longest = parts.max(by: { weight($0) < weight($1) }) else { return (title, nil) }
        let site = parts.last == longest ? parts.first : parts.last
        return (longest, site)
    }
}
