# Build the Windows installer of Observador: dist\Observador-<version>-instalador.exe
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
#
# Needs, on a Windows 10/11 x64 machine: Python 3.11 (python.org, with the
# "py" launcher) and Inno Setup 6 (https://jrsoftware.org/isinfo.php).
# Steps: a .venv with the project and PyInstaller, the bundle dist\observador\
# (packaging\observador.spec), its self-test, then the installer (ISCC).

$ErrorActionPreference = "Stop"
Set-Location (Resolve-Path (Join-Path $PSScriptRoot "..\.."))

if (-not (Test-Path ".venv\Scripts\python.exe")) {
    py -3.11 -m venv .venv
    if ($LASTEXITCODE -ne 0) { throw "No se pudo crear .venv: instale Python 3.11 de python.org." }
}
$python = (Resolve-Path ".venv\Scripts\python.exe").Path
& $python -m pip install --quiet --upgrade pip
& $python -m pip install --quiet -e ".[package]"
if ($LASTEXITCODE -ne 0) { throw "pip install falló." }

& $python -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist `
    --workpath build\pyinstaller packaging\observador.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller falló." }

# the window program has no console: wait for it and read its exit code and log
$log = Join-Path $env:LOCALAPPDATA "observador\Logs\autoprueba.log"
$test = Start-Process -FilePath "dist\observador\observer-desktop.exe" -ArgumentList "--self-test" `
    -Wait -PassThru -WindowStyle Hidden
if (Test-Path $log) { Get-Content $log -Tail 12 | Out-Host }
if ($test.ExitCode -ne 0) { throw "La autoprueba del paquete falló (código $($test.ExitCode)); vea $log" }

$version = (& $python -c "import observer_desktop; print(observer_desktop.__version__)").Trim()
$iscc = (Get-Command ISCC.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) {
    foreach ($dir in @(${env:ProgramFiles(x86)}, $env:ProgramFiles, "$env:LOCALAPPDATA\Programs")) {
        if ($dir -and (Test-Path "$dir\Inno Setup 6\ISCC.exe")) { $iscc = "$dir\Inno Setup 6\ISCC.exe"; break }
    }
}
if (-not $iscc) { throw "No se encontró ISCC.exe: instale Inno Setup 6." }
& $iscc "/DAppVersion=$version" "packaging\windows\observador.iss"
if ($LASTEXITCODE -ne 0) { throw "Inno Setup falló." }
Get-Item "dist\Observador-$version-instalador.exe" | Format-List Name, Length
