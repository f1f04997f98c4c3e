namespace Dynamo.Repositories.Query;

/// <summary>How a plan applies the specification's Take.</summary>
internal enum TakeMode
{
    /// <summary>As the specification says.</summary>
    Specification,

    /// <summary>Ignored (counting reads every match, as Ardalis' CountAsync does).</summary>
    Ignore,

    /// <summary>Capped (FirstOrDefault reads one, SingleOrDefault two).</summary>
    Cap,
}
