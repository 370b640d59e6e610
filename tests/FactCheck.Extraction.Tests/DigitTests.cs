using FactCheck.Extraction.Claims;
using FactCheck.Extraction.Documents;

namespace FactCheck.Extraction.Tests;

public class DigitTests
{
    [Theory]
    [InlineData("About ٣٠٠ troops arrived in the north, the army said.", 300)]
    [InlineData("About ३०० troops arrived in the north, the army said.", 300)]
    [InlineData("In ٢٠١٩, ४० soldiers arrived on March ١٢, the army said.", 40)]
    public void Digits_of_another_script_are_read_as_their_number_and_never_stop_the_document(string sentence, double value)
    {
        var result = new ClaimExtractor().Extract(Document.FromText("digits.txt", $"date 2025-03-01\n{sentence}\nSeven ships left the port."));

        result.Warnings.ShouldBeEmpty();
        result.Claims.OfType<QuantityClaim>().Select(q => q.Value).ShouldContain(value);
        result.Claims.OfType<QuantityClaim>().ShouldContain(q => q.Value == 7);
    }
}
