import Testing
@testable import PithBatch

@Test func pathsStayInsideTheOutputFolder() {
    let n = OutputNamer(fileExtension: "txt")
    #expect(n.name(forPath: "../../etc/passwd") == "__/__/etc/passwd.txt")
    #expect(n.name(forPath: "/abs/page") == "abs/page.txt")
    #expect(n.name(forPath: "./a/./b") == "a/b.txt")
    #expect(n.name(forPath: ".hidden") == "_hidden.txt")
    let u = n.name(forURL: "https://zh.example.com/../../etc/passwd", id: nil, index: 1)
    #expect(!u.split(separator: "/").contains("..") && !u.hasPrefix("/"))
    #expect(u == "zh.example.com/__/__/etc/passwd.txt")
}

@Test func urlsBecomeReadableNamesWithTheirQuery() {
    let n = OutputNamer(fileExtension: "json")
    #expect(n.name(forURL: "https://news.example.com/", id: nil, index: 1) == "news.example.com/index.json")
    #expect(n.name(forURL: "https://news.example.com/library?lang=en&page=2", id: nil, index: 2)
            == "news.example.com/library_lang=en_page=2.json")
    #expect(n.name(forURL: nil, id: nil, index: 3) == "record-3.json")
    #expect(n.name(forURL: "https://x.example/a", id: "rec 7/../x", index: 4) == "rec_7_.._x.json")
}

@Test func longAndNonASCIINamesAreCutAndMarked() {
    let n = OutputNamer(fileExtension: "txt")
    let long = n.name(forPath: String(repeating: "新闻", count: 200))
    #expect(long.utf8.count <= OutputNamer.maxComponentBytes + 4)
    #expect(long.hasPrefix("新闻新闻"))
    #expect(long.contains("~"))
    // Two long names that differ only at the end still differ.
    let a = n.name(forPath: String(repeating: "a", count: 300) + "1")
    let b = n.name(forPath: String(repeating: "a", count: 300) + "2")
    #expect(a != b)
    #expect(n.name(forPath: "ünïcode déjà vu") == "ünïcode_déjà_vu.txt")
}

@Test func namesKeepTheirWholeLengthUpToTheFileSystemsLimit() {
    let n = OutputNamer(fileExtension: "txt")
    // A 200-byte name is kept whole, as are names past the old 100-byte cut.
    let name200 = String(repeating: "b", count: 200)
    #expect(n.name(forPath: "site/" + name200) == "site/" + name200 + ".txt")
    // Past 255 bytes it is cut, marked, and still fits one file name.
    let name300 = String(repeating: "c", count: 300)
    let cut = n.name(forPath: name300)
    #expect(cut.utf8.count <= 255)
    #expect(cut.hasPrefix(String(repeating: "c", count: 200)) && cut.contains("~"))
    // Even with a collision suffix.
    let again = n.name(forPath: String(repeating: "b", count: 240))
    let twice = n.name(forPath: String(repeating: "b", count: 240))
    #expect(again != twice && twice.utf8.count <= 255)
}

@Test func collisionsGetNumbersCaseInsensitively() {
    let n = OutputNamer(fileExtension: "txt")
    #expect(n.name(forPath: "a/Page") == "a/Page.txt")
    #expect(n.name(forPath: "a/page") == "a/page~2.txt")
    #expect(n.name(forPath: "a/page?") == "a/page_.txt")
    #expect(n.name(forPath: "a/page:") == "a/page_~2.txt")
    // A file and a folder of the same name cannot both exist.
    #expect(n.name(forPath: "x") == "x.txt")
    #expect(n.name(forPath: "x.txt/y") == "x.txt~d/y.txt")
    #expect(n.name(forPath: "q/r") == "q/r.txt")
    #expect(n.name(forPath: "q") == "q.txt")   // q.txt the file and q/ the folder differ
    let deep = n.name(forPath: (1...40).map(String.init).joined(separator: "/"))
    #expect(deep.split(separator: "/").count == OutputNamer.maxDepth)
}
