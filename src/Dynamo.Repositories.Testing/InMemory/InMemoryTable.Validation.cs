using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Items;

namespace Dynamo.Repositories.Testing.InMemory;

/// <summary>DynamoDB's checks of keys and items, with its messages; items are stored with canonical numbers.</summary>
internal sealed partial class InMemoryTable
{
    /// <summary>Checks a key: exactly the table's key attributes, of their declared types.</summary>
    public void ValidateKey(Dictionary<string, AttributeValue>? key)
    {
        if (key is null || key.Count != Schema.KeyAttributes.Count() || !Schema.KeyAttributes.All(key.ContainsKey))
        {
            throw DynamoErrors.Validation("The provided key element does not match the schema");
        }

        foreach (var name in Schema.KeyAttributes)
        {
            CheckKeyValue(name, key[name], index: null);
        }
    }

    /// <summary>Checks an item before it is stored, and returns its stored form (a copy with canonical numbers).</summary>
    public Dictionary<string, AttributeValue> Prepare(Dictionary<string, AttributeValue>? item)
    {
        if (item is null)
        {
            throw DynamoErrors.Validation("1 validation error detected: Value null at 'item' failed to satisfy constraint: Member must not be null");
        }

        foreach (var name in Schema.KeyAttributes)
        {
            if (!item.TryGetValue(name, out var value))
            {
                throw DynamoErrors.Validation("One of the required keys was not given a value");
            }

            CheckKeyValue(name, value, index: null);
        }

        foreach (var index in Schema.Indexes)
        {
            foreach (var name in new[] { index.PartitionKey, index.SortKey }.OfType<string>())
            {
                if (item.TryGetValue(name, out var value))
                {
                    CheckKeyValue(name, value, index.Name);
                }
            }
        }

        var stored = new Dictionary<string, AttributeValue>(item.Count, StringComparer.Ordinal);
        foreach (var (name, value) in item)
        {
            stored[name] = Canonical(value);
        }

        if (ItemSizeEstimator.Estimate(stored) > ItemSizeEstimator.MaxItemBytes)
        {
            throw DynamoErrors.Validation("Item size has exceeded the maximum allowed size");
        }

        return stored;
    }

    private void CheckKeyValue(string name, AttributeValue value, string? index)
    {
        var expected = Schema.KeyTypes[name];
        var actual = AttributeKind.Of(value);
        if (actual != expected)
        {
            throw DynamoErrors.Validation(index is null
                ? $"One or more parameter values were invalid: Type mismatch for key {name} expected: {expected} actual: {actual}"
                : $"One or more parameter values were invalid: Type mismatch for Index Key {name} Expected: {expected} Actual: {actual} IndexName: {index}");
        }

        if ((value.S is { Length: 0 }) || (value.B is { Length: 0 }))
        {
            throw DynamoErrors.Validation(
                $"One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty {(value.S is null ? "binary" : "string")} value. {(index is null ? "Key" : "IndexName: " + index + ", IndexKey")}: {name}");
        }
    }

    /// <summary>Copies a value with its numbers in DynamoDB's canonical form, checking numbers and sets as DynamoDB does.</summary>
    private static AttributeValue Canonical(AttributeValue value)
    {
        var copy = AttributeValueCopier.Copy(value);
        if (copy.N is not null)
        {
            copy.N = Number(copy.N);
        }
        else if (copy.NS is not null)
        {
            copy.NS = [.. copy.NS.Select(Number)];
        }
        else if (copy.L is not null)
        {
            copy.L = [.. copy.L.Select(Canonical)];
        }
        else if (copy.M is not null)
        {
            copy.M = copy.M.ToDictionary(a => a.Key, a => Canonical(a.Value), StringComparer.Ordinal);
        }

        if (AttributeKind.IsSet(copy))
        {
            var elements = AttributeEquality.Elements(copy).ToList();
            if (elements.Count == 0)
            {
                throw DynamoErrors.Validation("One or more parameter values were invalid: An AttributeValue may not contain an empty set.");
            }

            if (elements.Where((e, i) => elements.Skip(i + 1).Any(o => AttributeEquality.AreEqual(e, o))).Any())
            {
                throw DynamoErrors.Validation("One or more parameter values were invalid: Input collection contains duplicates.");
            }
        }

        return copy;
    }

    private static string Number(string text) =>
        DynamoNumber.TryParse(text, out var number)
            ? number.ToString()
            : throw DynamoErrors.Validation("The parameter cannot be converted to a numeric value");
}
