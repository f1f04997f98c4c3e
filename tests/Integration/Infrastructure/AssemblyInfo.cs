using Dynamo.Repositories.IntegrationTests.Infrastructure;
using Xunit;

// One DynamoDB Local for the whole run; test classes isolate their tables by prefix.
[assembly: AssemblyFixture(typeof(DynamoDbLocalFixture))]
