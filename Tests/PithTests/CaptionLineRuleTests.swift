import Testing
@testable import Pith

@Test func creditLinesAndGalleryCountersAreDropped() throws {
    let a = try extract(page(paragraphs: [proseEN[0], "A 14th century plague doctor (Image: GETTY)", "Image 2 of 5", proseEN[1],
                                          "Photo: Jane Doe for Example News", proseEN[2], "medium-browser-and-portrait-tablet"]))
    #expect(!a.text.contains("plague doctor") && !a.text.contains("Image 2 of 5") && !a.text.contains("Photo: Jane"))
    #expect(!a.text.contains("medium-browser"))
    #expect(a.text.contains(proseEN[2]))
}

@Test func sentencesAboutPhotosStay() throws {
    let keep = ["The photo: a grainy shot of the harbour at dawn, taken by a fisherman who happened to be awake.",
                "Her image of the city (shown at the gallery last spring) drew large crowds every weekend.",
                "Photographers from Getty Images and Reuters covered the ceremony, which lasted almost three hours."]
    let a = try extract(page(paragraphs: [proseEN[0]] + keep + [proseEN[1]]))
    for k in keep { #expect(a.text.contains(k), "\(k)") }
}
