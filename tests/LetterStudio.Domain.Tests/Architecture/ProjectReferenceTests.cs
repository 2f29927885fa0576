using System.Xml.Linq;

namespace LetterStudio.Domain.Tests.Architecture;

/// <summary>
/// Dependencies point inward: the rules of docs/architecture.md ("What depends on what"), read from the project files
/// themselves, so a reference added the wrong way fails here before it becomes a habit.
/// </summary>
public class ProjectReferenceTests
{
    /// <summary>Each project of ours and the only projects of ours it may reference.</summary>
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["LetterStudio.Domain"] = [],
        ["LetterStudio.Handwriting"] = [],
        ["LetterStudio.Inspection"] = [],
        ["LetterStudio.Data"] = ["LetterStudio.Domain"],
        ["LetterStudio.Printing"] = ["LetterStudio.Handwriting"],
        ["LetterStudio.Drafting"] = ["LetterStudio.Domain"],
        ["LetterStudio.Application"] = ["LetterStudio.Domain", "LetterStudio.Data", "LetterStudio.Drafting", "LetterStudio.Handwriting", "LetterStudio.Inspection", "LetterStudio.Printing"],
        ["LetterStudio.Printing.Jobs"] = ["LetterStudio.Application", "LetterStudio.Data", "LetterStudio.Printing"],
        ["LetterStudio.Web"] = ["LetterStudio.Domain", "LetterStudio.Data", "LetterStudio.Application", "LetterStudio.Handwriting", "LetterStudio.Inspection", "LetterStudio.Drafting", "LetterStudio.Printing.Jobs"],
        ["LetterStudio.Cli"] = ["LetterStudio.Domain", "LetterStudio.Data", "LetterStudio.Application", "LetterStudio.Handwriting", "LetterStudio.Inspection", "LetterStudio.Drafting", "LetterStudio.Printing.Jobs"],
    };

    private static string SourceFolder()
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "LetterStudio.sln"))) dir = dir.Parent;
        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("LetterStudio.sln not found above the test output folder."), "src");
    }

    private static IEnumerable<string> ReferencesOf(string project) =>
        XDocument.Load(Path.Combine(SourceFolder(), project, project + ".csproj"))
            .Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/')));

    [Test]
    public void Every_project_in_src_has_a_rule()
    {
        var projects = Directory.GetDirectories(SourceFolder()).Select(Path.GetFileName).Where(n => n!.StartsWith("LetterStudio.", StringComparison.Ordinal));
        Assert.That(projects, Is.EquivalentTo(Allowed.Keys), "a new project needs its place in the rules and in docs/architecture.md");
    }

    [TestCaseSource(nameof(Projects))]
    public void A_project_references_only_the_projects_its_layer_may_use(string project)
    {
        var wrong = ReferencesOf(project).Except(Allowed[project]).ToList();
        Assert.That(wrong, Is.Empty, $"{project} may reference only [{string.Join(", ", Allowed[project])}]");
    }

    [TestCase("LetterStudio.Domain")]
    [TestCase("LetterStudio.Handwriting")]
    [TestCase("LetterStudio.Inspection")]
    public void An_inner_project_references_nothing_of_ours(string project) =>
        Assert.That(ReferencesOf(project), Is.Empty, $"{project} is the inside of the studio: it may use packages, never a project of ours");

    [Test]
    public void Data_never_references_the_application_nor_anything_above_the_domain() =>
        Assert.That(ReferencesOf("LetterStudio.Data"), Is.EqualTo(new[] { "LetterStudio.Domain" }), "Data is persistence: the use cases live in LetterStudio.Application, above it");

    [TestCase("LetterStudio.Drafting")]
    [TestCase("LetterStudio.Printing")]
    public void An_engine_knows_no_database_and_no_use_case(string project) =>
        Assert.That(ReferencesOf(project), Has.None.AnyOf("LetterStudio.Data", "LetterStudio.Application"), $"{project} is an engine; the use cases over the database are LetterStudio.Application's");

    private static IEnumerable<string> Projects() => Allowed.Keys;
}
