using System.Text;
using FactCheck.Extraction.Documents;

namespace FactCheck.Extraction.Tests;

public sealed class LoaderTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("factcheck-loader-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void Bad_files_are_reported_by_name_and_the_good_ones_still_read()
    {
        Write("good.txt", "date 2024-10-18\nSeven ships left the port.");
        Write("empty.txt", "");
        Write("blank.txt", "  \n\t\n");
        File.WriteAllBytes(Path.Combine(_folder.FullName, "binary.txt"), [1, 2, 0, 3]);
        File.WriteAllBytes(Path.Combine(_folder.FullName, "latin1.txt"), [0x53, 0x65, 0xe9, 0x6f, 0x75, 0x6c]);

        var set = DocumentLoader.FromFolder(_folder.FullName);

        set.Select(d => d.Id).ShouldBe(["good.txt"]);
        set.Problems.ToDictionary(p => p.Source, p => p.Reason).ShouldSatisfyAllConditions(
            p => p["empty.txt"].ShouldContain("empty"),
            p => p["blank.txt"].ShouldContain("white space"),
            p => p["binary.txt"].ShouldContain("binary"),
            p => p["latin1.txt"].ShouldContain("UTF-8"));
    }

    [Fact]
    public void A_json_array_gives_documents_with_their_metadata()
    {
        Write("batch.json", """
            [
              {"id": "a1", "outlet": "Daily", "url": "https://example.org/a1", "published": "2024-10-18T09:00:00Z", "title": "T", "text": "About 300 troops left."},
              {"id": "a2", "text": "Seven ships left."},
              {"id": "a3", "title": "no text"},
              42,
              {"id": "a5", "published": "yesterday-ish", "text": "Two tanks."}
            ]
            """);

        var set = DocumentLoader.FromFile(Path.Combine(_folder.FullName, "batch.json"));

        set.Select(d => d.Id).ShouldBe(["a1", "a2", "a5"]);
        set[0].Outlet.ShouldBe("Daily");
        set[0].Published.ShouldBe(new DateOnly(2024, 10, 18));
        set[0].Title.ShouldBe("T");
        set.Problems.Select(p => p.Source).ShouldBe(["batch.json#2", "batch.json#3"]);
    }

    [Fact]
    public void An_article_with_a_bad_date_is_read_and_warned_about_not_listed_as_unreadable()
    {
        var set = DocumentLoader.FromJson("""[{"id": "a5", "published": "yesterday-ish", "text": "Two tanks."}]""", "batch.json");

        set.Problems.ShouldBeEmpty();
        set.ShouldHaveSingleItem().Published.ShouldBeNull();
        set[0].Warnings.ShouldHaveSingleItem().ShouldContain("'published' is not a date ('yesterday-ish')");
    }

    [Fact]
    public void Two_files_of_one_name_in_different_folders_stay_two_documents_named_by_their_paths()
    {
        Directory.CreateDirectory(Path.Combine(_folder.FullName, "wire"));
        Directory.CreateDirectory(Path.Combine(_folder.FullName, "paper"));
        Write("wire/report.txt", "About 1,500 troops arrived.");
        Write("paper/report.txt", "About 12,000 troops arrived.");

        var set = DocumentLoader.FromPaths([Path.Combine(_folder.FullName, "wire"), Path.Combine(_folder.FullName, "paper")]);

        set.Count.ShouldBe(2);
        set.Select(d => d.Id).Distinct().Count().ShouldBe(2);
        set[0].Id.ShouldEndWith("wire/report.txt");
        set[1].Id.ShouldEndWith("paper/report.txt");
        set[0].Warnings.ShouldContain(w => w.Contains("also named 'report.txt'"));
    }

    [Fact]
    public void Json_items_sharing_an_id_get_a_suffix_and_a_warning()
    {
        var set = DocumentLoader.FromJson("""[{"id": "a", "text": "One."}, {"id": "a", "text": "Two."}, {"id": 1e400, "text": "Three."}]""", "batch.json");

        set.Select(d => d.Id).ShouldBe(["a", "a#2", "batch.json#2"]);
        set[1].Warnings.ShouldHaveSingleItem().ShouldContain("'a#2'");
        set[2].Warnings.ShouldHaveSingleItem().ShouldContain("not a usable name");
    }

    [Fact]
    public void Subfolders_are_reported_unless_read_recursively_and_then_named_by_their_relative_path()
    {
        Directory.CreateDirectory(Path.Combine(_folder.FullName, "day2"));
        Write("first.txt", "Seven ships left.");
        Write("day2/second.txt", "One ship left.");

        var flat = DocumentLoader.FromFolder(_folder.FullName);
        var deep = DocumentLoader.FromPaths([_folder.FullName], new DocumentLoadOptions { Recursive = true });

        flat.Select(d => d.Id).ShouldBe(["first.txt"]);
        flat.Problems.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            p => p.Source.ShouldBe("day2/"),
            p => p.Reason.ShouldContain("--recursive"));
        deep.Select(d => d.Id).ShouldBe(["first.txt", "day2/second.txt"]);
        deep.Problems.ShouldBeEmpty();
    }

    [Fact]
    public void Text_cut_at_a_comments_line_with_much_after_it_is_warned_about_with_how_much_was_dropped()
    {
        var comments = string.Concat(Enumerable.Repeat("Reader: I disagree with 40 of these points.\n", 100));
        var document = Document.FromText("page.txt", $"Seven ships left the port.\nComments\n{comments}");
        var short_ = Document.FromText("short.txt", "Seven ships left the port.\nComments\nNice.");

        document.CleanText.ShouldNotContain("Reader");
        document.Warnings.ShouldHaveSingleItem().ShouldContain("were not read");
        short_.Warnings.ShouldBeEmpty();
    }

    [Fact]
    public void A_cancelled_load_throws_instead_of_returning_part_of_the_input()
    {
        Write("good.txt", "Seven ships left the port.");
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Should.Throw<OperationCanceledException>(() => DocumentLoader.FromPaths([_folder.FullName], new DocumentLoadOptions(), cancelled.Token));
    }

    [Theory]
    [InlineData("{\"id\": 1}", "expected a JSON array")]
    [InlineData("[{\"id\": ", "malformed JSON")]
    [InlineData("\"text\"", "expected a JSON array")]
    public void Json_of_the_wrong_shape_is_one_clear_problem(string json, string reason)
        => DocumentLoader.FromJson(json, "input.json").Problems.ShouldHaveSingleItem().Reason.ShouldContain(reason);

    [Fact]
    public void A_missing_path_is_a_problem_not_an_exception()
        => DocumentLoader.FromPaths([Path.Combine(_folder.FullName, "nope.txt")]).Problems.ShouldHaveSingleItem().Reason.ShouldContain("no such file");

    [Fact]
    public void A_20_MB_article_is_read_and_extracted_without_failing()
    {
        var paragraph = "North Korea has sent 1,500 troops to Russia, officials said on Friday. ";
        var text = new StringBuilder("date 2024-10-18\n");
        while (text.Length < 20 * 1024 * 1024)
        {
            text.Append(paragraph);
            if (text.Length % 2000 < paragraph.Length)
            {
                text.Append('\n');
            }
        }

        Write("huge.txt", text.ToString());
        var document = DocumentLoader.FromFolder(_folder.FullName).Single();

        var result = new ClaimExtractor().Extract(document);

        result.Claims.Count.ShouldBeGreaterThan(100_000);
    }

    [Fact]
    public void A_huge_text_without_sentence_ends_is_cut_into_bounded_sentences_and_read_in_linear_time()
    {
        var text = string.Concat(Enumerable.Repeat("the NIS said 1,500 troops and 2 ships arrived according to Russia which denied it ", 6_000));
        var document = Document.FromText("run-on", text, published: new DateOnly(2024, 10, 18));

        var claims = new ClaimExtractor().Extract(document).Claims;

        // A forced cut may fall inside a quantity ("1,500 | troops"); every other one is read.
        claims.OfType<Claims.QuantityClaim>().Count().ShouldBeInRange(11_900, 12_000);
        claims.ShouldAllBe(c => c.Sentence.Length <= Text.SentenceSplitter.MaxSentenceLength);
    }

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(_folder.FullName, name), text, new UTF8Encoding(false));
}
