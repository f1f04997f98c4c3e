namespace Dynamo.Repositories.DependencyInjection;

/// <summary>
/// What the calls to <c>AddDynamoRepositories</c> on one service collection registered, kept in that collection (never
/// in a static) so that two containers in one process stay isolated and a repeated call can add nothing twice.
/// </summary>
internal sealed class DynamoRegistration
{
    private readonly List<object> _optionsSources = [];
    private readonly List<Type> _configurationTypes = [];

    /// <summary>Gets what precedes option names in validation messages: the first bound section's path and a colon, or <c>"DynamoRepositoryOptions."</c>.</summary>
    public string OptionsKeyPrefix { get; private set; } = string.Empty;

    /// <summary>Gets the entity configuration classes registered, in registration order.</summary>
    public IReadOnlyList<Type> ConfigurationTypes => _configurationTypes;

    /// <summary>Records an options source; returns false when the same source was already applied.</summary>
    /// <param name="source">The configuration section or the configure delegate.</param>
    /// <param name="keyPrefix">The key prefix for messages if this is the first source.</param>
    public bool TryAddOptionsSource(object source, string keyPrefix)
    {
        if (_optionsSources.Exists(existing => IsSameSource(existing, source)))
        {
            return false;
        }

        if (_optionsSources.Count == 0)
        {
            OptionsKeyPrefix = keyPrefix;
        }

        _optionsSources.Add(source);
        return true;
    }

    /// <summary>Records an entity configuration class (once).</summary>
    /// <param name="configurationType">The configuration class.</param>
    public void AddConfigurationType(Type configurationType)
    {
        if (!_configurationTypes.Contains(configurationType))
        {
            _configurationTypes.Add(configurationType);
        }
    }

    private static bool IsSameSource(object existing, object candidate) =>
        ReferenceEquals(existing, candidate)
        || (existing is Microsoft.Extensions.Configuration.IConfigurationSection a
            && candidate is Microsoft.Extensions.Configuration.IConfigurationSection b
            && string.Equals(a.Path, b.Path, StringComparison.Ordinal))
        || (existing is Delegate d1 && candidate is Delegate d2 && d1.Equals(d2));
}
