import Foundation
import Pith

/// The site templates of one batch run: learners and learnt templates by site, shared by the
/// worker threads behind a lock, in bounded memory — at most `maxSites` sites are kept, the
/// least recently used forgotten first (a 10-million-page WARC run does not grow), and each
/// learner counts a bounded number of lines (`SiteTemplate.Learner`).
///
/// Two ways to learn. Files are read twice: a first pass observes up to `sampleSize` pages of
/// each site (`observe`), `freeze` turns every learner into its template, and the second pass
/// cleans every page with its site's template. Record streams are read once: the first
/// `window` pages of each site are cleaned without a template — the first only counted (in a
/// crawl file most sites have one page, and observing every one of them cost a fifth of a WARC
/// run), the next `window - 1` observed; from then on the site's template is applied.
final class TemplateStore: @unchecked Sendable {
    static let maxSites = 4_096
    /// Sites being learnt at once (each learner holds up to `SiteTemplate.Learner.maxKeys` keys):
    /// a stream of many two-page sites keeps at most this many half-learnt sites.
    static let maxLearners = 512
    /// Pages of a site observed in a file run's first pass.
    static let sampleSize = 8
    /// Pages of a site observed before its template is used, in a stream.
    static let window = 8
    /// Address-less pages are grouped into at most this many clusters by shared furniture.
    static let maxClusters = 64
    /// A page joins a cluster when this share of its short lines are lines the cluster has seen.
    static let clusterOverlap = 0.3
    /// File paths remembered with their cluster between the two passes.
    static let maxAssignments = 1_000_000

    private let lock = NSLock()
    private var learners: [String: SiteTemplate.Learner] = [:]
    private var templates: [String: SiteTemplate] = [:]
    /// Templates given by the user (`--templates`): never forgotten, never relearnt.
    private let given: [String: SiteTemplate]
    private var lastUse: [String: Int] = [:]
    /// Sites of a stream seen once, not yet observed (bounded with the LRU).
    private var sightings: Set<String> = []
    private var clock = 0
    private var clusters: [(key: String, lines: Set<String>)] = []
    private var assignments: [String: String] = [:]

    init(given: [SiteTemplate] = []) {
        var g: [String: SiteTemplate] = [:]
        for t in given { g[t.site ?? "-"] = t }
        self.given = g
    }

    private func touch(_ site: String) {
        clock += 1
        lastUse[site] = clock
        if lastUse.count > Self.maxSites {
            // Forget the least recently used eighth at once (amortised).
            let old = lastUse.sorted { $0.value < $1.value }.prefix(Self.maxSites / 8).map(\.key)
            for k in old { lastUse[k] = nil; learners[k] = nil; templates[k] = nil; sightings.remove(k) }
        }
        if learners.count > Self.maxLearners {
            // The least recently used eighth of the learners goes (their sites may learn anew).
            let old = learners.keys.sorted { lastUse[$0, default: 0] < lastUse[$1, default: 0] }.prefix(Self.maxLearners / 8)
            for k in old { learners[k] = nil }
        }
    }

    /// The template for `site`: a given one, else a learnt one with something in it.
    func template(for site: String) -> SiteTemplate? {
        lock.lock(); defer { lock.unlock() }
        if let t = given[site] { return t }
        guard let t = templates[site] else { return nil }
        touch(site)
        return t.isEmpty ? nil : t
    }

    /// Whether `site` still wants pages observed (in the first pass: fewer than `sampleSize`).
    func wantsPages(_ site: String) -> Bool {
        lock.lock(); defer { lock.unlock() }
        return given[site] == nil && templates[site] == nil && (learners[site]?.pages ?? 0) < Self.sampleSize
    }

    /// True the first time a stream shows a page of `site` (which is then only counted, not
    /// observed); false from the second on, and for sites with a learner or template already.
    func firstSighting(of site: String) -> Bool {
        lock.lock(); defer { lock.unlock() }
        guard given[site] == nil, templates[site] == nil, learners[site] == nil else { return false }
        if sightings.contains(site) { return false }
        sightings.insert(site)
        touch(site)
        return true
    }

    /// Adds an observation to `site`'s learner. In a stream (`freezeAt` set), the template is
    /// made once the learner has seen that many pages.
    func add(_ o: PageObservation, site: String, freezeAt: Int? = nil) {
        lock.lock(); defer { lock.unlock() }
        guard given[site] == nil, templates[site] == nil else { return }
        // Taken out while it changes: a copy left in the dictionary would make every add copy its counts.
        var l = learners.removeValue(forKey: site) ?? SiteTemplate.Learner(site: site.hasPrefix("#") ? nil : site)
        l.add(o)
        sightings.remove(site)
        touch(site)
        if let n = freezeAt, l.pages >= n {
            templates[site] = l.template()
            learners[site] = nil
        } else {
            learners[site] = l
        }
    }

    /// Every learner becomes its template (the end of a file run's first pass).
    func freeze() {
        lock.lock(); defer { lock.unlock() }
        for (k, l) in learners { templates[k] = l.template() }
        learners.removeAll()
        groupTemplates = templates.contains { $0.key.hasPrefix("#") && !$0.value.isEmpty }
    }

    private var groupTemplates = false
    /// Whether some group of address-less pages has a template (set by `freeze`): when none
    /// has, such pages are not matched against the groups at all.
    var groupsHaveTemplates: Bool {
        lock.lock(); defer { lock.unlock() }
        return groupTemplates
    }

    /// The cluster an address-less page belongs to, by the furniture it shares with the pages
    /// seen so far (a new cluster when it shares too little with every one).
    /// A page's short lines, the ones groups are compared by.
    private static func shortLines(_ keys: Set<String>) -> Set<String> { keys.filter { $0.count <= 80 } }

    /// The cluster whose lines cover at least `clusterOverlap` of `short`, the most covering
    /// one (the lock held).
    private func bestCluster(_ short: Set<String>) -> Int? {
        guard !short.isEmpty else { return nil }
        var best: (index: Int, share: Double)? = nil
        for (i, c) in clusters.enumerated() {
            let share = Double(short.filter { c.lines.contains($0) }.count) / Double(short.count)
            if share >= Self.clusterOverlap, share > best?.share ?? 0 { best = (i, share) }
        }
        return best?.index
    }

    func cluster(for o: PageObservation, path: String?) -> String {
        let short = Self.shortLines(o.lineKeys)
        lock.lock(); defer { lock.unlock() }
        let key: String
        if let b = bestCluster(short) {
            key = clusters[b].key
            if clusters[b].lines.count < 20_000 { clusters[b].lines.formUnion(short) }
        } else if clusters.count < Self.maxClusters {
            key = "#\(clusters.count + 1)"
            clusters.append((key, short))
        } else {
            key = "#overflow"
        }
        if let path, assignments.count < Self.maxAssignments { assignments[path] = key }
        return key
    }

    /// The template of the group whose lines cover enough of `keys` (a page's short lines), for a
    /// page the first pass did not see.
    func template(forLines keys: Set<String>) -> SiteTemplate? {
        let short = Self.shortLines(keys)
        lock.lock()
        let key = bestCluster(short).map { clusters[$0].key }
        lock.unlock()
        return key.flatMap { template(for: $0) }
    }

    /// The cluster a file was put in during the first pass.
    func cluster(ofPath path: String) -> String? {
        lock.lock(); defer { lock.unlock() }
        return assignments[path]
    }

    /// The learnt templates with something in them, and the given ones, by site.
    func all() -> [SiteTemplate] {
        lock.lock(); defer { lock.unlock() }
        var out = Array(given.values)
        out += templates.values.filter { !$0.isEmpty }
        return out.sorted { ($0.site ?? "~") < ($1.site ?? "~") }
    }

    // MARK: files of templates

    /// The JSON a user keeps: `{"templates": [SiteTemplate…]}`.
    struct File: Codable {
        var templates: [SiteTemplate]
    }

    static func load(_ path: String) throws -> [SiteTemplate] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return try JSONDecoder().decode(File.self, from: data).templates
    }

    static func save(_ templates: [SiteTemplate], to path: String) throws {
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try AtomicFile.write(Array(try enc.encode(File(templates: templates))), to: path)
    }
}

/// Which site a page belongs to, from what is known before it is parsed.
enum SiteOfPage {
    /// A folder named like a host, as wget mirrors make them (`crawl/www.example.com/a/b.html`).
    static func folderHost(_ path: String) -> String? {
        for part in path.split(separator: "/").dropLast() {
            let p = String(part)
            guard p.contains("."), p.split(separator: ".").count >= 2,
                  p.unicodeScalars.allSatisfy({ $0.isASCII && (CharacterSet.alphanumerics.contains($0) || $0 == "." || $0 == "-") }),
                  let last = p.split(separator: ".").last, last.count >= 2, last.allSatisfy(\.isLetter) else { continue }
            return SiteTemplate.site(of: "http://" + p)
        }
        return nil
    }

    /// The page's site from its URL, its folder, or the address in its first bytes.
    static func known(url: String?, path: String?, bytes: Data?) -> String? {
        if let url, let s = SiteTemplate.site(of: url) { return s }
        if let path, let s = folderHost(path) { return s }
        if let bytes, let a = SiteTemplate.address(sniffedFrom: bytes), let s = SiteTemplate.site(of: a) { return s }
        return nil
    }
}
