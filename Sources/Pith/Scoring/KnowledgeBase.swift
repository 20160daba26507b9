/// Everything Pith knows that is data, not code: the lexicon and the class/id hints.
/// Loaded once per process, on first use, then shared read-only by every thread.
struct KnowledgeBase: Sendable {
    var lexicon: BoilerplateLexicon
    var hints: ClassIDHints

    static let shared: Result<KnowledgeBase, PithError> = {
        do {
            return .success(KnowledgeBase(lexicon: try BoilerplateLexicon.load(), hints: try ClassIDHints.load()))
        } catch let e as PithError {
            return .failure(e)
        } catch {
            return .failure(.resourcesMissing("\(error)"))
        }
    }()
}
