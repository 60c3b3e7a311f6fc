using Decider.Core.Content.Loading;

namespace Decider.Core.Tests.Content;

/// <summary>
/// One broken copy of the shipped content per kind of author mistake: each must be reported with the
/// file, the line and what is wrong.
/// </summary>
public sealed class ContentErrorTests
{
    [Fact]
    public void Load_ShippedContent_HasNoErrors()
    {
        var content = ContentLoader.Load(ShippedContent.Files());

        Assert.Equal(18, content.Questions.Length);
        Assert.Equal(6, content.Verdicts.Length);
        Assert.Equal(16, content.Version.Length);
    }

    [Fact]
    public void Load_ShippedContent_DigestsEveryFileAndAnEditChangesOnlyThatFilesDigest()
    {
        var files = ShippedContent.Files();
        var before = ContentLoader.Load(files);
        files["questions/scale.md"] += "\n";

        var after = ContentLoader.Load(files);

        Assert.Equal(files.Keys.Order(StringComparer.Ordinal), before.FileHashes.Keys);
        Assert.Equal(["questions/scale.md"], before.FileHashes.Where(f => after.FileHashes[f.Key] != f.Value).Select(f => f.Key));
        Assert.NotEqual(before.Version, after.Version);
    }

    [Fact]
    public void Load_OptionActionAndRevisitPhrases_AreReadAndAMisspeltFieldIsReported()
    {
        var content = ContentLoader.Load(ShippedContent.Files());
        var twoPlus = content.Question("rust-reviewers").FindOption("two-plus")!;
        Assert.Equal("train or hire a second Rust reviewer", twoPlus.Action);
        Assert.Equal<string>(["none", "one"], twoPlus.OfferedFrom);
        Assert.Equal<string>(["small", "medium"], content.Question("scale").FindOption("large")!.OfferedFrom);
        Assert.Equal<string>(["low", "moderate", "critical"], content.Question("failure-cost").FindOption("high")!.OfferedFrom);

        var error = LoadBroken("questions/rust-reviewers.md", "    action: train or hire", "    acton: train or hire");

        Assert.Equal(LineOf("questions/rust-reviewers.md", "    action: train or hire"), error.Line);
        Assert.Contains("acton", error.Message);
    }

    [Fact]
    public void Load_AboutTheTeam_IsReadAndAnUnknownValueIsReported()
    {
        var content = ContentLoader.Load(ShippedContent.Files());
        Assert.Equal(["current-stack", "deadline", "hiring", "rust-reviewers"],
            content.Questions.Where(q => q.About == Decider.Core.Content.QuestionAbout.Team).Select(q => q.Id).Order(StringComparer.Ordinal));

        var error = LoadBroken("questions/hiring.md", "about: team", "about: people");

        Assert.Equal(LineOf("questions/hiring.md", "about: team"), error.Line);
        Assert.Contains("field 'about' must be 'component' or 'team', not 'people'", error.Message);
    }

    [Fact]
    public void Load_LongQuote_AsksForFewerWords()
    {
        var error = LoadBroken("questions/scale.md", "honest-tradeoffs: \"do not matter when you have 12 users\"",
            "honest-tradeoffs: \"The performance characteristics of your language do not matter when you have 12 users in total\"");

        Assert.Equal(LineOf("questions/scale.md", "honest-tradeoffs: \"do not matter"), error.Line);
        Assert.Contains("has 16 words; quote at most 14", error.Message);
    }

    [Fact]
    public void Load_QuoteFromASourceTheRuleDoesNotCite_IsReported()
    {
        var error = LoadBroken("questions/scale.md", "      hammer: \"When cost matters", "      product-teams: \"When cost matters");

        Assert.Contains("quotes 'product-teams', which is not among its sources (hammer, engineering-perspective)", error.Message);
    }

    [Fact]
    public void Load_UnknownAxisOrThreshold_IsReportedWithWhatIsAllowed()
    {
        var axis = LoadBroken("questions/scale.md", "axis: need", "axis: speed");
        var threshold = LoadBroken("policy.md", "    need: strong\n", "    need: huge\n");

        Assert.Equal("field 'axis' must be 'need' or 'readiness', not 'speed'", axis.Message);
        Assert.Contains("'need' names unknown threshold 'huge' (known: some, strong)", threshold.Message);
    }

    [Fact]
    public void Load_InvalidYaml_ReportsFileAndLine()
    {
        var error = LoadBroken("questions/scale.md", "title: How much load does it carry?", "title: [How much load");

        Assert.Equal("questions/scale.md", error.File);
        Assert.Equal(LineOf("questions/scale.md", "title: How much load does it carry?"), error.Line);
        Assert.Contains("not valid YAML", error.Message);
    }

    [Fact]
    public void Load_RuleNamesUnknownQuestion_ReportsTheQuestion()
    {
        var error = LoadBroken("questions/scale.md", "when: { scale: small }", "when: { scael: small }");

        Assert.Equal("questions/scale.md", error.File);
        Assert.Equal(LineOf("questions/scale.md", "when: { scale: small }"), error.Line);
        Assert.Contains("rule 'scale-small' refers to unknown question 'scael'", error.Message);
    }

    [Fact]
    public void Load_RuleNamesMissingOption_ReportsTheOptionAndTheValidOnes()
    {
        var error = LoadBroken("questions/scale.md", "when: { scale: large }", "when: { scale: huge }");

        Assert.Equal(LineOf("questions/scale.md", "when: { scale: large }"), error.Line);
        Assert.Contains("option 'huge', which question 'scale' does not have (its options: small, medium, large)", error.Message);
    }

    [Fact]
    public void Load_CitationOfUnknownSource_ReportsTheSource()
    {
        var error = LoadBroken("questions/scale.md", "    sources: [honest-tradeoffs, hammer]", "    sources: [honest-tradeoffs, wikipedia]");

        Assert.Equal(LineOf("questions/scale.md", "    sources: [honest-tradeoffs, hammer]"), error.Line);
        Assert.Contains("refers to unknown source 'wikipedia'", error.Message);
    }

    [Fact]
    public void Load_DuplicateRuleId_ReportsBothPlaces()
    {
        var error = LoadBroken("questions/scale.md", "  - id: scale-large", "  - id: scale-small");

        Assert.Equal(LineOf("questions/scale.md", "  - id: scale-large"), error.Line);
        Assert.Contains("duplicate rule id 'scale-small' (first defined at questions/scale.md:", error.Message);
    }

    [Fact]
    public void Load_DuplicateQuestionId_ReportsTheSecondFile()
    {
        var files = ShippedContent.Files();
        files["questions/scale-copy.md"] = files["questions/scale.md"].Replace("id: scale-", "id: copy-scale-", StringComparison.Ordinal);

        var errors = Assert.Throws<ContentException>(() => ContentLoader.Load(files)).Errors;

        Assert.Contains(errors, e => e.File == "questions/scale.md" && e.Message.StartsWith("duplicate question id 'scale'", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_MissingFrontMatter_ReportsLineOne()
    {
        var files = ShippedContent.Files();
        files["questions/scale.md"] = "# Scale\n\nNo front matter here.\n";

        var errors = Assert.Throws<ContentException>(() => ContentLoader.Load(files)).Errors;

        Assert.Contains(errors, e => e.File == "questions/scale.md" && e.Line == 1 && e.Message.Contains("front matter", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_MisspelledField_ReportsTheFieldAndTheKnownOnes()
    {
        var errors = LoadBrokenAll("questions/scale.md", "    direction: for", "    directon: for");

        var line = LineOf("questions/scale.md", "    direction: for");
        Assert.Contains(errors, e => e.Line == line && e.Message.StartsWith("unknown field 'directon' (expected one of: id, direction,", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message == "missing required field 'direction'");
    }

    [Fact]
    public void Load_WeightOutOfRange_ReportsTheWeight()
    {
        var error = LoadBroken("questions/scale.md", "    weight: 6\n", "    weight: 500\n");

        Assert.Equal(LineOf("questions/scale.md", "    weight: 6\n"), error.Line);
        Assert.Contains("between 1 and 50", error.Message);
    }

    [Fact]
    public void Load_GateWithUnknownVerdict_ReportsTheVerdict()
    {
        var error = LoadBroken("policy.md", "verdict: rust-library", "verdict: rust-lib");

        Assert.Equal("policy.md", error.File);
        Assert.Equal(LineOf("policy.md", "verdict: rust-library"), error.Line);
        Assert.Contains("gate 'hot-path-library' refers to unknown verdict 'rust-lib'", error.Message);
    }

    [Fact]
    public void Load_QuestionInNoStep_SaysWhereToAddIt()
    {
        var error = LoadBroken("steps.md", "questions: [performance, performance-needs, bottleneck, scale, user-facing]", "questions: [performance, performance-needs, bottleneck, user-facing]");

        Assert.Equal("questions/scale.md", error.File);
        Assert.Contains("question 'scale' is in no step", error.Message);
    }

    [Fact]
    public void Load_VerdictWithoutNextSteps_ReportsTheMissingSection()
    {
        var errors = LoadBrokenAll("verdicts/go.md", "## Next steps", "## Next stepz");

        Assert.All(errors, e => Assert.Equal("verdicts/go.md", e.File));
        Assert.Contains(errors, e => e.Message == "unknown section '## Next stepz' (expected '## What it means', '## Next steps' or '## Spike plan')");
        Assert.Contains(errors, e => e.Message == "the body must have a '## Next steps' section");
    }

    [Fact]
    public void Load_UnknownSection_ReportsItsLine()
    {
        var files = ShippedContent.Files();
        files["verdicts/go.md"] = files["verdicts/go.md"].Replace("## Next steps", "## Extras\n\nMore.\n\n## Next steps", StringComparison.Ordinal);

        var error = Assert.Single(Assert.Throws<ContentException>(() => ContentLoader.Load(files)).Errors);

        Assert.Equal(LineOf(files["verdicts/go.md"], "## Extras", text: true), error.Line);
        Assert.Contains("unknown section '## Extras'", error.Message);
    }

    [Fact]
    public void Load_MissingRequiredFile_SaysWhichFile()
    {
        var files = ShippedContent.Files();
        files.Remove("sources.md");

        var errors = Assert.Throws<ContentException>(() => ContentLoader.Load(files)).Errors;

        Assert.Contains(errors, e => e.File == "sources.md" && e.Message.Contains("missing", StringComparison.Ordinal));
    }

    [Fact]
    public void ContentException_Message_ListsEachErrorAsFileLineMessage()
    {
        var files = ShippedContent.Files();
        files["questions/scale.md"] = files["questions/scale.md"].Replace("when: { scale: small }", "when: { scael: small }", StringComparison.Ordinal);

        var exception = Assert.Throws<ContentException>(() => ContentLoader.Load(files));

        Assert.Contains($"questions/scale.md:{LineOf("questions/scale.md", "when: { scale: small }")}: rule 'scale-small'", exception.Message);
        Assert.DoesNotContain("   at ", exception.Message);
    }

    [Fact]
    public void Load_SpikeMetrics_AreReadAndAnUnknownRuleDirectionOrOptionIsReportedWhereItIs()
    {
        var files = ShippedContent.Files();
        files["spike.md"] = files["spike.md"].Replace("default-weeks: 6", "default-weeks: 5", StringComparison.Ordinal);
        var content = ContentLoader.Load(files);
        Assert.Equal(5, content.Spike.DefaultWeeks);
        Assert.Contains(content.Spike.Metrics, m => m.Id == "review-time" && m.ReasonIds.Contains("reviewers-one"));

        var rule = LoadBroken("spike.md", "reasons: [needs-p99-latency]", "reasons: [needs-p98-latency]");
        Assert.Equal(("spike.md", LineOf("spike.md", "reasons: [needs-p99-latency]")), (rule.File, rule.Line));
        Assert.Contains("metric 'p99-latency' refers to unknown rule 'needs-p98-latency'", rule.Message);

        var direction = LoadBroken("spike.md", "direction: higher", "direction: up");
        Assert.Equal(LineOf("spike.md", "direction: higher"), direction.Line);
        Assert.Contains("'lower' or 'higher'", direction.Message);

        var option = LoadBroken("spike.md", "when: { workload: parser }", "when: { workload: parsers }");
        Assert.Contains("refers to option 'parsers', which question 'workload' does not have", option.Message);

        var weeks = LoadBroken("spike.md", "default-weeks: 6", "default-weeks: 40");
        Assert.Equal(2, weeks.Line);
        Assert.Contains("from 1 to 12", weeks.Message);
    }

    [Fact]
    public void Load_WithoutSpikeFile_PlansSixWeeksWithNoSuggestions()
    {
        var files = ShippedContent.Files();
        files.Remove("spike.md");

        var content = ContentLoader.Load(files);

        Assert.Equal(6, content.Spike.DefaultWeeks);
        Assert.Empty(content.Spike.Metrics);
    }

    private static ContentError LoadBroken(string file, string find, string replace) =>
        Assert.Single(LoadBrokenAll(file, find, replace));

    private static IReadOnlyList<ContentError> LoadBrokenAll(string file, string find, string replace)
    {
        var files = ShippedContent.Files();
        Assert.Contains(find, files[file]);
        files[file] = files[file].Replace(find, replace, StringComparison.Ordinal);
        return Assert.Throws<ContentException>(() => ContentLoader.Load(files)).Errors;
    }

    private static int LineOf(string fileOrText, string find, bool text = false)
    {
        var content = text ? fileOrText : ShippedContent.Files()[fileOrText];
        var index = content.IndexOf(find, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{find}' not found");
        return content[..index].Count(c => c == '\n') + 1;
    }
}
