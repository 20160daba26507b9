import Testing
@testable import Pith

/// The constant bits name the attributes `attributeScopes` lists, in its order.
@Test func attributeBitConstantsMatchTheScopes() {
    let constants: [(String, HTMLVocabulary.AttributeMask)] = [
        ("class", .`class`), ("id", .id), ("style", .style), ("hidden", .hidden), ("aria-hidden", .ariaHidden),
        ("role", .role), ("aria-controls", .ariaControls), ("aria-modal", .ariaModal), ("itemtype", .itemtype),
        ("popover", .popover), ("href", .href), ("rel", .rel), ("itemprop", .itemprop), ("content", .content),
        ("name", .name), ("property", .property), ("http-equiv", .httpEquiv), ("lang", .lang), ("xml:lang", .xmlLang),
        ("type", .type), ("datetime", .datetime), ("pubdate", .pubdate), ("aria-labelledby", .ariaLabelledby),
    ]
    #expect(constants.count == HTMLVocabulary.attributeScopes.count)
    for (name, bit) in constants {
        #expect(HTMLVocabulary.mask(name) == bit, "\(name)")
        #expect(HTMLVocabulary.attributeName(of: bit) == name)
    }
}
