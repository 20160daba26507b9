import Testing
@testable import Pith

@Test func titleRepeatedInADownloadBoxIsDropped() throws {
    let a = try extract(page(title: "城市建设取得新进展", paragraphs: proseZH,
                             after: "<div class=\"box\"><h2>城市建设取得新进展</h2><p>点击下载</p></div>"))
    #expect(a.text.components(separatedBy: "城市建设取得新进展").count == 2)
}

@Test func titleSplitOverTwoLinesOpensTheBodyOnce() throws {
    let a = try extract(page(title: "城市建设取得新进展", paragraphs: ["城市建设", "取得新进展"] + proseZH))
    #expect(a.titleIsInBody)
    #expect(a.text.hasPrefix("城市建设\n\n取得新进展\n\n"))
}

@Test func paragraphThatContainsTheTitleIsKept() throws {
    let p = "城市建设取得新进展，这是市长在会上反复强调的一句话，也是今年工作的主线。"
    let a = try extract(page(title: "城市建设取得新进展", paragraphs: proseZH + [p]))
    #expect(a.text.contains(p))
}
