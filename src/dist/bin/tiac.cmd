@echo off
rem tiac launcher of the release archive for Windows: needs only a Java 17+ runtime (JAVA_HOME,
rem else java on the PATH). Same start-up options as bin/tiac: C1 only, the serial collector, and a
rem class-data archive made once per version in %LOCALAPPDATA%\tiac\VERSION. TIAC_JAVA_OPTS adds options.
setlocal
set "TIAC_VERSION=@project.version@"
set "TIAC_HOME=%~dp0.."
set "TIAC_JAR=%TIAC_HOME%\lib\tiac.jar"

set "JAVA_EXE=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"

set "TIAC_CACHE=%LOCALAPPDATA%\tiac\%TIAC_VERSION%"
if not defined LOCALAPPDATA set "TIAC_CACHE=%TEMP%\tiac\%TIAC_VERSION%"
set "TIAC_CDS=%TIAC_CACHE%\tiac.jsa"

if not exist "%TIAC_CDS%" (
  rem First run of this version: check the runtime once, then dump the archive.
  "%JAVA_EXE%" -version >nul 2>&1
  if errorlevel 1 (
    echo tiac: error: no Java runtime found: install a JDK or JRE 17 or later, or set JAVA_HOME 1>&2
    exit /b 1
  )
  if not exist "%TIAC_CACHE%" mkdir "%TIAC_CACHE%" >nul 2>&1
  echo tiac: preparing the start-up archive for tiac %TIAC_VERSION% ^(once^) ... 1>&2
  "%JAVA_EXE%" -XX:DumpLoadedClassList="%TIAC_CACHE%\tiac.classlist" -jar "%TIAC_JAR%" validate "%TIAC_HOME%\samples\acme.yaml" >nul 2>&1 && "%JAVA_EXE%" -XX:+UseSerialGC -Xshare:dump -XX:SharedClassListFile="%TIAC_CACHE%\tiac.classlist" -XX:SharedArchiveFile="%TIAC_CDS%" -cp "%TIAC_JAR%" >nul 2>&1
  del /q "%TIAC_CACHE%\tiac.classlist" >nul 2>&1
)

if exist "%TIAC_CDS%" (
  "%JAVA_EXE%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Xshare:auto "-XX:SharedArchiveFile=%TIAC_CDS%" %TIAC_JAVA_OPTS% -jar "%TIAC_JAR%" %*
) else (
  "%JAVA_EXE%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Xshare:auto %TIAC_JAVA_OPTS% -jar "%TIAC_JAR%" %*
)
exit /b %ERRORLEVEL%
