using AotSmoke;
using Dynamo.Repositories;

// Uses the application-layer surface a handler meets: specifications and their DynamoDB options, keys, pages and the
// exception family. Printed values are checked, so a trimmed-away member fails the run instead of passing silently.
var spec = new OrdersByStatusSpec("open");
var index = spec.Items.TryGetValue(DynamoSpecificationItems.IndexName, out var name) ? name : null;
var orders = new[] { new Order("c1", "o1", "open", 10m), new Order("c1", "o2", "shipped", 20m) };
var open = spec.Evaluate(orders).ToList();
var page = new Page<Order>(open, continuationToken: null);
var key = new EntityKey("c1", "o1");
DynamoRepositoryException error = new ConcurrencyConflictException("stale", typeof(Order), key.ToString(), expectedVersion: 1, storedVersion: 2);

var result = $"index={index} matches={page.Items.Count} hasMore={page.HasMore} key={key == new EntityKey("c1", "o1")} error={error.EntityType?.Name}";
Console.WriteLine(result);
return result == "index=ByStatus matches=1 hasMore=False key=True error=Order" ? 0 : 1;
