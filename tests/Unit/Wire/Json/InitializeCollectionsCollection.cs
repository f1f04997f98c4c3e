using Xunit;

namespace Dynamo.Repositories.UnitTests.Wire.Json;

/// <summary>Tests that switch the process-wide <c>AWSConfigs.InitializeCollections</c> run alone, after every other test.</summary>
[CollectionDefinition(nameof(InitializeCollectionsCollection), DisableParallelization = true)]
public sealed class InitializeCollectionsCollection;
