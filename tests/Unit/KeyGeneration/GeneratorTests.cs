using Dynamo.Repositories.KeyGeneration;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace Dynamo.Repositories.UnitTests.KeyGeneration;

public sealed class GeneratorTests
{
    [Fact]
    public void GuidV7_IsVersion7_AndSortsByCreation_WithinAndAcrossMilliseconds()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 4, 0, 0, TimeSpan.Zero));
        var generator = new GuidV7Generator(time);
        var start = time.GetUtcNow().ToUnixTimeMilliseconds();
        var ids = new List<Guid>();
        for (var i = 0; i < 10_000; i++)
        {
            ids.Add(generator.Next());
            if (i % 1000 == 999)
            {
                time.Advance(TimeSpan.FromMilliseconds(1));
            }
        }

        Assert.All(ids, id => Assert.Equal(7, id.Version));
        Assert.Equal(ids, ids.Order());
        Assert.Equal(ids.Select(i => i.ToString()), ids.Select(i => i.ToString()).Order(StringComparer.Ordinal));
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(start, long.Parse(ids[0].ToString("N")[..12], System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void SortableString_Has26Characters_AndSortsByCreation()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 4, 0, 0, TimeSpan.Zero));
        var generator = new SortableIdGenerator(time);
        var ids = new List<string>();
        for (var i = 0; i < 5_000; i++)
        {
            ids.Add(generator.Next());
            if (i % 700 == 0)
            {
                time.Advance(TimeSpan.FromMilliseconds(3));
            }
        }

        Assert.All(ids, id => Assert.Matches("^[0-9A-HJKMNP-TV-Z]{26}$", id));
        Assert.Equal(ids, ids.Order(StringComparer.Ordinal));
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }
}
