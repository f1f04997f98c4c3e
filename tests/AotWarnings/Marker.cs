namespace AotWarnings;

/// <summary>Names this assembly for the registration's scan.</summary>
internal static class Marker
{
}
