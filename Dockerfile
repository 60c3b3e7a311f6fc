# Decider: build with the .NET SDK, run on the ASP.NET runtime image as a non-root user.
#   docker build -t decider .
#   docker run -p 8080:8080 -v decider-data:/data decider
# Configuration is by environment variables (see README): for PostgreSQL set
#   Decider__Storage__Provider=postgres and ConnectionStrings__Decider="Host=…;Database=…;Username=…;Password=…"

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY Directory.Build.props Directory.Packages.props ./
COPY src/Decider.Core/Decider.Core.csproj src/Decider.Core/
COPY src/Decider.Web/Decider.Web.csproj src/Decider.Web/
RUN dotnet restore src/Decider.Web/Decider.Web.csproj -r linux-x64
COPY content/ content/
COPY src/ src/
# ReadyToRun: precompiled code, so a new instance is healthy sooner when scaling out.
RUN dotnet publish src/Decider.Web/Decider.Web.csproj -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0
# The font the PDF report draws Chinese and Japanese with; DejaVu Sans for the rest is inside the app.
RUN apt-get update && apt-get install -y --no-install-recommends fonts-droid-fallback && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app .
RUN mkdir -p /data && chown app:app /data
# Two malloc arenas: the share card (SkiaSharp), HarfBuzz and SQLite allocate native memory from many threads, and
# glibc's default of one arena per thread kept about 25 MB more resident after a load test. Blocks of 128 KB and
# more (zlib's state for each stream a PDF compresses is about 270 KB) are mapped and returned to the system when
# freed, instead of raising glibc's threshold and staying in the heap: about 3 MB less after the load test.
ENV ASPNETCORE_URLS=http://+:8080 \
    Decider__DataDirectory=/data \
    MALLOC_ARENA_MAX=2 \
    MALLOC_MMAP_THRESHOLD_=131072 \
    MALLOC_TRIM_THRESHOLD_=131072 \
    DOTNET_CLI_TELEMETRY_OPTOUT=1
VOLUME /data
EXPOSE 8080
USER app
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 CMD ["dotnet", "Decider.Web.dll", "healthcheck", "http://localhost:8080"]
ENTRYPOINT ["dotnet", "Decider.Web.dll"]
