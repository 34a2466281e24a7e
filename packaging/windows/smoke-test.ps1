# Installs the .msi built by `mvnw.cmd -Pinstaller package` for the current user (no administrator rights), then
# checks the command line of the installed app: relance-cli --help, --version, demo and aging. Used by the CI
# workflow (.github/workflows/installers.yml); not run in the Linux container where the .deb is tested.
$ErrorActionPreference = 'Stop'
Set-Location (Join-Path $PSScriptRoot '..\..')
$msi = Get-ChildItem target\installer\dist\*.msi | Select-Object -First 1
$log = Join-Path $env:TEMP 'relance-msi.log'
$install = Start-Process msiexec.exe -ArgumentList '/i', "`"$($msi.FullName)`"", '/qn', '/l*v', "`"$log`"" -Wait -PassThru
if ($install.ExitCode -ne 0) { Get-Content $log -Tail 40; throw "msiexec exited with $($install.ExitCode)" }
$home_ = Join-Path $env:LOCALAPPDATA 'Relance'
$cli = Join-Path $home_ 'relance-cli.exe'
if (-not (Test-Path $cli)) { throw "No $cli after the per-user install" }
if (-not (Test-Path (Join-Path $home_ 'Relance.exe'))) { throw 'No Relance.exe' }
$help = & $cli --help | Out-String
if ($LASTEXITCODE -ne 0 -or $help -notmatch 'Usage: relance') { throw "relance-cli --help: $help" }
& $cli --version
$data = Join-Path $env:TEMP ("relance-smoke-" + [guid]::NewGuid())
New-Item -ItemType Directory $data | Out-Null
& $cli --data-dir $data demo
if ($LASTEXITCODE -ne 0) { throw "demo exited with $LASTEXITCODE" }
$aging = & $cli --data-dir $data aging --top 5 | Out-String
if ($LASTEXITCODE -ne 0) { throw "aging exited with $LASTEXITCODE" }
Write-Output $aging
$env:RELANCE_STARTUP_PROBE = '1'
$probe = & (Join-Path $home_ 'relance-cli.exe') --data-dir $data | Select-String 'STARTUP-PROBE aging rows shown'
Remove-Item Env:\RELANCE_STARTUP_PROBE
if (-not $probe) { throw 'The app did not show the aging list' }
Write-Output $probe.Line
$uninstall = Start-Process msiexec.exe -ArgumentList '/x', "`"$($msi.FullName)`"", '/qn' -Wait -PassThru
if ($uninstall.ExitCode -ne 0) { throw "uninstall exited with $($uninstall.ExitCode)" }
Write-Output 'SMOKE TEST PASSED: msi'
