using System.Runtime.CompilerServices;
using Amazon.Runtime;

namespace Dynamo.Repositories.Wire;

/// <summary>
/// The one non-public member of the AWS SDK the wire path reads: the credentials an <c>AmazonDynamoDBClient</c> was
/// constructed with (null when it resolves the SDK's default chain). Pinned by a contract test; AOT-safe.
/// </summary>
internal static class SdkClientAccess
{
    /// <summary>Returns the credentials the client was constructed with, or null.</summary>
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "get_ExplicitAWSCredentials")]
    public static extern AWSCredentials? ExplicitCredentials(AmazonServiceClient client);
}
