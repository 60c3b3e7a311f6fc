using System.Net;
using System.Net.Sockets;

namespace Decider.Web.Tests;

public static class FreePort
{
    /// <summary>A loopback port nothing listens on, for a real server under test.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
