using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace FiveStar.Cli.Tests;

/// <summary>
/// Headless Chromium driven through the DevTools protocol over a WebSocket (no driver package): navigate, evaluate,
/// ask which platform fonts rendered a node's text, emulate print media, print to PDF, take screenshots.
/// </summary>
internal sealed partial class DevToolsBrowser : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private readonly Process _process;
    private readonly ClientWebSocket _socket = new();
    private readonly List<JsonObject> _events = [];
    private int _nextId;

    private DevToolsBrowser(Process process) => _process = process;

    public static DevToolsBrowser Launch(string profileFolder)
    {
        var start = new ProcessStartInfo(ChromiumFactAttribute.Executable) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--remote-debugging-port=0", "--window-size=1400,2000", $"--user-data-dir={profileFolder}", "about:blank" })
        {
            start.ArgumentList.Add(argument);
        }

        var browser = new DevToolsBrowser(Process.Start(start)!);
        try
        {
            browser.Connect();
            return browser;
        }
        catch
        {
            browser.Dispose();
            throw;
        }
    }

    public async Task<JsonObject> Send(string method, object? parameters = null)
    {
        var id = ++_nextId;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = JsonSerializer.SerializeToNode(parameters ?? new { }) };
        await _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);
        while (true)
        {
            var reply = await Receive();
            if (reply["id"]?.GetValue<int>() == id)
            {
                if (reply["error"] is { } error)
                {
                    throw new InvalidOperationException($"{method}: {error.ToJsonString()}");
                }

                return reply["result"]!.AsObject();
            }

            _events.Add(reply);
        }
    }

    public async Task WaitForEvent(string method)
    {
        if (_events.RemoveAll(e => (string?)e["method"] == method) > 0)
        {
            return;
        }

        while ((string?)(await Receive())["method"] != method)
        {
        }
    }

    /// <summary>Evaluates a script expression in the page and returns its value.</summary>
    public async Task<JsonNode?> Evaluate(string expression)
    {
        var result = await Send("Runtime.evaluate", new { expression, returnByValue = true });
        if (result["exceptionDetails"] is { } exception)
        {
            throw new InvalidOperationException($"script failed: {exception.ToJsonString()}");
        }

        return result["result"]!["value"];
    }

    public void Dispose()
    {
        _socket.Dispose();
        try
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }

        _process.Dispose();
    }

    private void Connect()
    {
        // Chromium says where it listens on standard error: "DevTools listening on ws://127.0.0.1:PORT/devtools/browser/...".
        var port = 0;
        var deadline = DateTime.UtcNow + Timeout;
        while (port == 0)
        {
            var line = _process.StandardError.ReadLineAsync();
            if (!line.Wait(deadline - DateTime.UtcNow) || line.Result is null)
            {
                throw new InvalidOperationException("Chromium did not open its DevTools port");
            }

            if (ListeningLine().Match(line.Result) is { Success: true } match)
            {
                port = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        _ = _process.StandardError.ReadToEndAsync();
        _ = _process.StandardOutput.ReadToEndAsync();
        using var http = new HttpClient { Timeout = Timeout };
        var targets = JsonNode.Parse(http.GetStringAsync(new Uri($"http://127.0.0.1:{port}/json/list")).GetAwaiter().GetResult())!.AsArray();
        var page = targets.First(t => (string?)t!["type"] == "page")!;
        _socket.ConnectAsync(new Uri((string)page["webSocketDebuggerUrl"]!), new CancellationTokenSource(Timeout).Token).GetAwaiter().GetResult();
    }

    private async Task<JsonObject> Receive()
    {
        using var cancel = new CancellationTokenSource(Timeout);
        var buffer = new byte[1 << 16];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await _socket.ReceiveAsync(buffer, cancel.Token);
            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);
        return JsonNode.Parse(message.ToArray())!.AsObject();
    }

    [GeneratedRegex(@"DevTools listening on ws://[^:]+:(\d+)/")]
    private static partial Regex ListeningLine();
}
