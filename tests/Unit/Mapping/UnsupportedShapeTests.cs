using Dynamo.Repositories.Mapping;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Mapping;

/// <summary>Collection shapes DynamoDB has no attribute for are refused at start-up, naming the member and its type.</summary>
public sealed class UnsupportedShapeTests
{
    [Theory]
    [InlineData(nameof(WithGrid), "Grid", "Int32[,]")]
    [InlineData(nameof(WithFlagSet), "Flags", "HashSet<Boolean>")]
    [InlineData(nameof(WithNumberKeyedMap), "ById", "Dictionary<Int32, String>")]
    [InlineData(nameof(WithDelegateList), "Steps", "List<Action>")]
    [InlineData(nameof(WithDelegateArray), "Steps", "Action[]")]
    [InlineData(nameof(WithDelegateMap), "Steps", "Dictionary<String, Action>")]
    public void Build_Throws_ForACollectionOfAnUnsupportedShape(string entity, string member, string described)
    {
        Action build = entity switch
        {
            nameof(WithGrid) => () => EntityModelBuilder.Build([new Configuration<WithGrid>(b => b.HasPartitionKey(x => x.Id))]),
            nameof(WithFlagSet) => () => EntityModelBuilder.Build([new Configuration<WithFlagSet>(b => b.HasPartitionKey(x => x.Id))]),
            nameof(WithNumberKeyedMap) => () => EntityModelBuilder.Build([new Configuration<WithNumberKeyedMap>(b => b.HasPartitionKey(x => x.Id))]),
            nameof(WithDelegateList) => () => EntityModelBuilder.Build([new Configuration<WithDelegateList>(b => b.HasPartitionKey(x => x.Id))]),
            nameof(WithDelegateArray) => () => EntityModelBuilder.Build([new Configuration<WithDelegateArray>(b => b.HasPartitionKey(x => x.Id))]),
            _ => () => EntityModelBuilder.Build([new Configuration<WithDelegateMap>(b => b.HasPartitionKey(x => x.Id))]),
        };

        var error = Assert.Throws<EntityConfigurationException>(build);

        Assert.Equal(member, error.PropertyName);
        Assert.StartsWith($"{entity}.{member}: type {described} is not supported.", error.Message, StringComparison.Ordinal);
    }

    public sealed class WithGrid
    {
        public string Id { get; set; } = "";

        public int[,] Grid { get; set; } = new int[0, 0];
    }

    public sealed class WithFlagSet
    {
        public string Id { get; set; } = "";

        public HashSet<bool> Flags { get; set; } = [];
    }

    public sealed class WithNumberKeyedMap
    {
        public string Id { get; set; } = "";

        public Dictionary<int, string> ById { get; set; } = [];
    }

    public sealed class WithDelegateList
    {
        public string Id { get; set; } = "";

        public List<Action> Steps { get; set; } = [];
    }

    public sealed class WithDelegateArray
    {
        public string Id { get; set; } = "";

        public Action[] Steps { get; set; } = [];
    }

    public sealed class WithDelegateMap
    {
        public string Id { get; set; } = "";

        public Dictionary<string, Action> Steps { get; set; } = [];
    }
}
