using Decider.Web.Systems;

namespace Decider.Web.Tests.Systems;

public sealed class SystemWordsTests
{
    [Theory]
    [InlineData(0, 0, 0, "No components yet", "")]
    [InlineData(1, 0, 0, "The component does not go to Rust", "The other one stays where it is.")]
    [InlineData(1, 1, 0, "The component goes to Rust", "")]
    [InlineData(1, 0, 1, "The component goes to Rust", "It goes after a time-boxed spike first.")]
    [InlineData(2, 0, 2, "2 of 2 components go to Rust", "Both after a time-boxed spike first.")]
    [InlineData(3, 0, 3, "3 of 3 components go to Rust", "All 3 after a time-boxed spike first.")]
    [InlineData(5, 0, 2, "2 of 5 components go to Rust", "Both after a time-boxed spike first; the other 3 stay where they are.")]
    [InlineData(5, 1, 1, "2 of 5 components go to Rust", "One of them after a time-boxed spike first; the other 3 stay where they are.")]
    [InlineData(4, 0, 0, "None of the 4 components goes to Rust", "The other 4 stay where they are.")]
    public void Slice_ReadsAsASentenceForEveryCount(int components, int rust, int spike, string slice, string detail)
    {
        var counts = new RustSliceResponse(components, rust, spike);

        Assert.Equal(slice, SystemWords.Slice(counts));
        Assert.Equal(detail, SystemWords.SliceDetail(counts));
    }
}
