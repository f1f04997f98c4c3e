using Xunit;

namespace Dynamo.Repositories.UnitTests.Telemetry;

/// <summary>
/// Tests that need the process-wide span source to have no listener run alone, after every other test: any test of
/// the run that captures spans listens to that source while it runs (and then the library creates spans, which would
/// also break the allocation guards of tests/Unit/Performance).
/// </summary>
[CollectionDefinition(nameof(SpanSourceCollection), DisableParallelization = true)]
public sealed class SpanSourceCollection;
