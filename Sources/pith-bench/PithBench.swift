import Dispatch
import Foundation
import Pith

/// `pith-bench`: Pith's speed and memory over a folder of pages, in one process, release build.
///
///     pith-bench ../shared/eval/scrapinghub/pages                # one pass, one core
///     pith-bench --jobs 2 ../shared/eval/scrapinghub/pages       # throughput on two cores
///     pith-bench --repeat-to 10000 ../shared/eval/scrapinghub/pages   # memory over 10,000 pages
///
/// Pages are read into memory first, so the figures are extraction (charset, strip of inert
/// markup, parse into the tree, extract, render) and not disk. Prints pages/s, MB/s, median and p99 ms per page, the time per
/// stage, and resident memory (peak, after the first 1,000 pages, at the end).
@main
struct PithBench {
    struct Page { let name: String; let data: Data }

    static func main() throws {
        var args = Array(CommandLine.arguments.dropFirst())
        var jobs = 1, repeatTo = 0, format = OutputFormat.text
        var paths: [String] = []
        while !args.isEmpty {
            let a = args.removeFirst()
            switch a {
            case "--jobs", "-j": jobs = Int(args.removeFirst()) ?? 1
            case "--repeat-to": repeatTo = Int(args.removeFirst()) ?? 0
            case "--format": format = OutputFormat(rawValue: args.removeFirst()) ?? .text
            case "-h", "--help":
                print("usage: pith-bench [--jobs N] [--repeat-to N] [--format text|json|markdown|html] FOLDER_OR_FILE...")
                return
            default: paths.append(a)
            }
        }
        let pages = try load(paths)
        guard !pages.isEmpty else { print("no pages"); exit(2) }
        let total = max(repeatTo, pages.count)
        let renderFormat = format
        let results = Results(count: total)
        let next = Counter()
        let start = DispatchTime.now().uptimeNanoseconds
        DispatchQueue.concurrentPerform(iterations: jobs) { _ in
            while true {
                let i = next.next()
                guard i < total else { return }
                let page = pages[i % pages.count]
                var times = StageTimes()
                let t0 = DispatchTime.now().uptimeNanoseconds
                var render: UInt64 = 0
                if let article = try? Pith.extract(html: page.data, url: nil, options: ExtractionOptions(), times: &times) {
                    let r0 = DispatchTime.now().uptimeNanoseconds
                    _ = article.render(as: renderFormat)
                    render = DispatchTime.now().uptimeNanoseconds - r0
                }
                let t1 = DispatchTime.now().uptimeNanoseconds
                results.set(i, ms: Double(t1 - t0) / 1e6, times: times, render: render, bytes: page.data.count)
                if i == 999 { results.rssAt1000 = Memory.resident() }
            }
        }
        let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let rssAt1000 = results.rssAt1000
        let ms = results.ms.sorted()
        let median = ms[ms.count / 2], p99 = ms[min(ms.count - 1, Int(Double(ms.count) * 0.99))]
        let mb = Double(results.bytes) / 1e6
        let t = results.times
        let stageTotal = Double(t.charset + t.strip + t.parse + t.extract + results.render)
        func share(_ v: UInt64) -> String {
            String(format: "%6.1f ms total  %5.1f%%  %.3f ms/page", Double(v) / 1e6, 100 * Double(v) / stageTotal, Double(v) / 1e6 / Double(total))
        }
        print("pages \(total) (\(pages.count) distinct)  jobs \(jobs)  input \(String(format: "%.1f", mb)) MB")
        print(String(format: "wall %.2f s  %.0f pages/s  %.1f MB/s", wall, Double(total) / wall, mb / wall))
        print(String(format: "per page: median %.3f ms  p99 %.2f ms  mean %.3f ms", median, p99, ms.reduce(0, +) / Double(ms.count)))
        print("stages:")
        print("  charset+decode  " + share(t.charset))
        print("  strip inert     " + share(t.strip))
        print("  parse + tree    " + share(t.parse))
        print("  extract         " + share(t.extract))
        print("  render          " + share(results.render))
        print(String(format: "memory: peak RSS %.1f MB", Double(Memory.peak()) / 1e6)
              + (total >= 1000 ? String(format: ", RSS after 1,000 pages %.1f MB, at the end %.1f MB", Double(rssAt1000) / 1e6, Double(Memory.resident()) / 1e6) : ""))
    }

    static func load(_ paths: [String]) throws -> [Page] {
        var pages: [Page] = []
        for p in paths {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: p, isDirectory: &isDir) else { continue }
            if isDir.boolValue {
                let names = (FileManager.default.enumerator(atPath: p)?.allObjects as? [String] ?? [])
                    .filter { $0.hasSuffix(".html") || $0.hasSuffix(".htm") }.sorted()
                for n in names { pages.append(Page(name: n, data: try Data(contentsOf: URL(fileURLWithPath: p + "/" + n)))) }
            } else {
                pages.append(Page(name: p, data: try Data(contentsOf: URL(fileURLWithPath: p))))
            }
        }
        return pages
    }

    final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var ms: [Double] = []
        private(set) var times = StageTimes()
        private(set) var render: UInt64 = 0
        private(set) var bytes = 0
        var rssAt1000 = 0
        init(count: Int) { ms.reserveCapacity(count) }
        func set(_ i: Int, ms m: Double, times t: StageTimes, render r: UInt64, bytes b: Int) {
            lock.lock(); defer { lock.unlock() }
            ms.append(m)
            times.charset += t.charset; times.strip += t.strip; times.parse += t.parse; times.extract += t.extract
            render += r
            bytes += b
        }
    }

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        func next() -> Int { lock.lock(); defer { value += 1; lock.unlock() }; return value }
    }
}

/// Resident memory from /proc/self/status (Linux).
enum Memory {
    static func field(_ name: String) -> Int {
        guard let s = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in s.split(separator: "\n") where line.hasPrefix(name + ":") {
            let kb = line.split(separator: " ").compactMap { Int($0) }.first ?? 0
            return kb * 1024
        }
        return 0
    }
    static func resident() -> Int { field("VmRSS") }
    static func peak() -> Int { field("VmHWM") }
}
