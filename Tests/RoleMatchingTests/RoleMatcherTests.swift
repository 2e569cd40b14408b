import SkillLexicon
import Testing

@testable import RoleMatching
@testable import SkillExtraction

@Suite struct RoleMatcherTests {
    let matcher = RoleMatcher(lexicon: Fixtures.lexicon)

    @Test func scoreIsTheWeightedCoverageWorkedOutByHand() {
        // python working/working = 1 (w5); any_of best is pytorch awareness/working = 0.5 (w3);
        // all_of: linear algebra 1, statistics 0 -> 0.5 (w2). (5 + 1.5 + 1) / 10 = 75.
        let profile = Fixtures.profile([
            Fixtures.found("python", .working), Fixtures.found("pytorch", .awareness),
            Fixtures.found("linear-algebra", .awareness),
        ])
        let match = matcher.match(profile, against: Fixtures.role)
        #expect(match.score == 75)
        #expect(match.requirements.map(\.status) == [.met, .partial, .partial])
        #expect(match.requirements.map(\.points) == [50, 15, 10])
    }

    @Test func impliedSkillsEarnHalfCredit() {
        // python implied at awareness: 1/2 of the minimum, halved again = 0.25 of weight 5.
        let profile = Fixtures.profile([Fixtures.found("python", .awareness, implied: true)])
        let match = matcher.match(profile, against: Fixtures.role)
        #expect(match.score == 12.5)
        // The resume implies it: there to strengthen and show, never a critical gap.
        #expect(match.gaps.first { $0.skillID == "python" }?.kind == .strengthen)
    }

    @Test func anyOfCountsTheBestSkill() {
        let profile = Fixtures.profile([
            Fixtures.found("pytorch", .awareness), Fixtures.found("tensorflow", .expert),
        ])
        let match = matcher.match(profile, against: Fixtures.role)
        #expect(match.requirements[1].credit == 1)
        #expect(match.requirements[1].found.first?.skillID == "tensorflow")
    }

    @Test func gapsHaveKindsAndAreOrderedByGain() {
        let role = RoleProfile(
            id: "r", title: "R", family: "r", level: .mid,
            requirements: Fixtures.role.requirements + [
                Requirement(
                    target: .skill("docker"), importance: .preferred, weight: 2,
                    proficiency: .working)
            ])
        let profile = Fixtures.profile([
            Fixtures.found("python", .working), Fixtures.found("pytorch", .awareness),
            Fixtures.found("linear-algebra", .awareness),
        ])
        let gaps = matcher.match(profile, against: role).gaps
        // Total weight 12: pytorch 3 x 0.5 / 12 = 12.5; statistics 2 x 0.5 / 12 = 8.3; docker 2 / 12 = 16.7.
        #expect(gaps.map(\.skillID) == ["docker", "pytorch", "statistics"])
        #expect(gaps.map(\.kind) == [.niceToHave, .strengthen, .critical])
        #expect(gaps.map(\.gain) == [16.7, 12.5, 8.3])
        #expect(gaps[1].current == .awareness && gaps[1].required == .working)
    }

    @Test func planPutsPrerequisitesFirstAndSkipsWhatIsKnown() {
        let profile = Fixtures.profile([Fixtures.found("python", .working)])
        let plan = matcher.match(profile, against: Fixtures.role).plan
        let order = plan.steps.map(\.skillID)
        #expect(!order.contains("python"))
        let probability = order.firstIndex(of: "probability")
        let statistics = order.firstIndex(of: "statistics")
        #expect(probability != nil && statistics != nil && probability! < statistics!)
        #expect(plan.steps.first { $0.skillID == "probability" }?.isPrerequisite == true)
        // Foundations first: linear algebra and probability come before PyTorch.
        #expect(order.firstIndex(of: "pytorch")! > order.firstIndex(of: "linear-algebra")!)
        #expect(plan.totalHours == plan.steps.reduce(0) { $0 + $1.hours })
        #expect(plan.scoreAfter == 100)
        #expect(plan.steps.last?.scoreAfter == 100)
    }

    @Test func planRespectsEveryPrerequisiteOfTheShippedLexicon() throws {
        for match in matcher.rank(Fixtures.profile([]), roles: [Fixtures.role]) {
            var seen = Set<String>()
            for step in match.plan.steps {
                for prerequisite in Fixtures.lexicon.skill(step.skillID)?.prerequisites ?? [] {
                    #expect(seen.contains(prerequisite), "\(step.skillID) before \(prerequisite)")
                }
                seen.insert(step.skillID)
            }
        }
    }

    @Test func projectCoversTheMostGaps() {
        let profile = Fixtures.profile([
            Fixtures.found("python", .working), Fixtures.found("pytorch", .working),
        ])
        let plan = matcher.match(profile, against: Fixtures.role).plan
        #expect(plan.project?.project.id == "stats-project")
        #expect(Set(plan.project?.covers ?? []) == ["statistics"])
    }

    @Test func educationAndExperienceAreSeparateChecks() {
        let met = Fixtures.profile(
            [], years: 3, education: [Fixtures.degree(.bachelor, field: "Computer Science")])
        let match = matcher.match(met, against: Fixtures.role)
        #expect(match.education.status == .met)
        #expect(match.experience.status == .met)
        #expect(match.score == 0)

        let partly = Fixtures.profile(
            [], years: 1.5,
            education: [Fixtures.degree(.bachelor, field: "Computer Science", status: .inProgress)])
        let second = matcher.match(partly, against: Fixtures.role)
        #expect(second.education.status == .partlyMet)
        #expect(second.experience.status == .partlyMet)

        let none = matcher.match(Fixtures.profile([], years: 0), against: Fixtures.role)
        #expect(none.education.status == .notMet)
        #expect(none.education.reason.contains("no degree found"))
        #expect(none.experience.status == .notMet)

        let otherField = Fixtures.profile(
            [], education: [Fixtures.degree(.master, field: "History")])
        #expect(matcher.match(otherField, against: Fixtures.role).education.status == .partlyMet)
    }

    @Test func levelsFollowTheSeedBands() {
        #expect(RoleMatcher.levelFit(years: 0) == .junior)
        #expect(RoleMatcher.levelFit(years: 3.9) == .junior)
        #expect(RoleMatcher.levelFit(years: 4) == .mid)
        #expect(RoleMatcher.levelFit(years: 8) == .senior)
    }
}
