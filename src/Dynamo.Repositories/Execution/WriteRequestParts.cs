using System.Linq.Expressions;
using System.Reflection;

namespace Dynamo.Repositories.Execution;

/// <summary>
/// The one table of the parts of a write request, and the SDK shapes filled from it. PutItemRequest and a
/// transaction's Put, UpdateItemRequest and Update, DeleteItemRequest and Delete, and ConditionCheck name their parts
/// alike but share no interface, so each shape gets a setter compiled once from this table: every part the shape
/// has is set from the write action, and a part it lacks does not belong to its operation (a Put has no key, a Delete
/// no item). Setting a shape allocates nothing beyond the shape itself.
/// </summary>
internal static class WriteRequestParts
{
    // SDK member name -> the write action's member it is read from.
    private static readonly (string Member, string From)[] Parts =
    [
        ("TableName", nameof(EntityWrite.TableName)),
        ("Key", nameof(EntityWrite.Key)),
        ("Item", nameof(EntityWrite.Item)),
        ("UpdateExpression", nameof(EntityWrite.UpdateExpression)),
        ("ConditionExpression", nameof(EntityWrite.ConditionExpression)),
        ("ExpressionAttributeNames", nameof(EntityWrite.Names)),
        ("ExpressionAttributeValues", nameof(EntityWrite.Values)),
        ("ReturnValuesOnConditionCheckFailure", nameof(EntityWrite.OnConditionFailure)),
    ];

    // Every shape carries these; a shape without one of them is not a conditional write.
    private static readonly string[] Required = ["TableName", "ConditionExpression", "ExpressionAttributeNames", "ExpressionAttributeValues"];

    /// <summary>Sets every part <typeparamref name="TShape"/> has from <paramref name="action"/>, and returns the shape.</summary>
    /// <typeparam name="TShape">An SDK write shape (a single request, or an action of a transaction).</typeparam>
    /// <param name="shape">The new, empty shape.</param>
    /// <param name="action">The write action.</param>
    public static TShape Fill<TShape>(TShape shape, EntityWrite action)
        where TShape : class
    {
        Setter<TShape>.Set(shape, action);
        return shape;
    }

    /// <summary>Lists the parts a shape takes, in the table's order (for tests and reviews).</summary>
    /// <param name="shape">An SDK write shape.</param>
    public static IReadOnlyList<string> PartsOf(Type shape) =>
        [.. Parts.Where(part => shape.GetProperty(part.Member, BindingFlags.Public | BindingFlags.Instance) is { CanWrite: true }).Select(part => part.Member)];

    private static Action<TShape, EntityWrite> Compile<TShape>()
    {
        var parts = PartsOf(typeof(TShape));
        if (Required.Except(parts, StringComparer.Ordinal).FirstOrDefault() is { } missing)
        {
            throw new InvalidOperationException($"{typeof(TShape).Name} has no writable {missing}: it is not a conditional write shape of the AWS SDK.");
        }

        var shape = Expression.Parameter(typeof(TShape), "shape");
        var action = Expression.Parameter(typeof(EntityWrite), "action");
        var assignments = Parts
            .Where(part => parts.Contains(part.Member))
            .Select(part => Expression.Assign(
                Expression.Property(shape, part.Member),
                Expression.Property(action, typeof(EntityWrite).GetProperty(part.From, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)!)));
        return Expression.Lambda<Action<TShape, EntityWrite>>(Expression.Block(assignments), shape, action).Compile();
    }

    private static class Setter<TShape>
        where TShape : class
    {
        public static readonly Action<TShape, EntityWrite> Set = Compile<TShape>();
    }
}
