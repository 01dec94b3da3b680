<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>ArticleExtractor</name>
    <message>
        <source>The page is empty.</source>
        <translation>페이지가 비어 있습니다.</translation>
    </message>
    <message>
        <source>The page could not be read as HTML.</source>
        <translation>페이지를 HTML로 읽을 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>ArticleJson</name>
    <message>
        <source>field &quot;%1&quot; must be %2</source>
        <translation>&quot;%1&quot; 필드는 %2이어야 합니다</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>문자열</translation>
    </message>
    <message>
        <source>an ISO 8601 time</source>
        <translation>ISO 8601 시각</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>0 이상의 정수</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 또는 false</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at character %2)</source>
        <translation>올바른 JSON이 아닙니다 (%2번째 문자: %1)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>JSON 객체가 아닙니다</translation>
    </message>
    <message>
        <source>the article has no title</source>
        <translation>기사에 제목이 없습니다</translation>
    </message>
    <message>
        <source>&quot;site&quot; or &quot;feed&quot;</source>
        <translation>&quot;site&quot; 또는 &quot;feed&quot;</translation>
    </message>
    <message>
        <source>a non-empty string</source>
        <translation>비어 있지 않은 문자열</translation>
    </message>
    <message>
        <source>an object or null</source>
        <translation>객체 또는 null</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>배열</translation>
    </message>
    <message>
        <source>an array of objects</source>
        <translation>객체의 배열</translation>
    </message>
</context>
<context>
    <name>ArticleListDelegate</name>
    <message>
        <source>just now</source>
        <translation>방금</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n분 전</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n시간 전</numerusform>
        </translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>어제</translation>
    </message>
    <message>
        <source>MMM d</source>
        <comment>date in this year</comment>
        <translation>M월 d일</translation>
    </message>
    <message>
        <source>MMM d, yyyy</source>
        <comment>date in another year</comment>
        <translation>yyyy년 M월 d일</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(제목 없음)</translation>
    </message>
</context>
<context>
    <name>ArticleStore</name>
    <message>
        <source>Could not save the article “%1”.</source>
        <translation>“%1” 기사를 저장할 수 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Could not save %n articles; none were saved.</source>
        <translation>
            <numerusform>기사 %n개를 저장할 수 없어 하나도 저장하지 않았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read an article.</source>
        <translation>기사를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>There is no article %1 in the library.</source>
        <translation>라이브러리에 %1번 기사가 없습니다.</translation>
    </message>
    <message>
        <source>Could not list the articles.</source>
        <translation>기사 목록을 가져올 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not count the articles.</source>
        <translation>기사 수를 셀 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not list the sections.</source>
        <translation>섹션 목록을 가져올 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not read the articles.</source>
        <translation>기사를 불러올 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not search the library.</source>
        <translation>라이브러리를 검색할 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not mark the article as read.</source>
        <translation>기사를 읽음으로 표시할 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not star the article.</source>
        <translation>기사에 별표를 표시할 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not delete the article.</source>
        <translation>기사를 삭제할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>CommandContext</name>
    <message>
        <source>Try &apos;byline --help&apos;.</source>
        <translation>&apos;byline --help&apos;로 사용법을 확인하세요.</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; for %2</source>
        <translation>%2 명령에 없는 옵션입니다: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>List articles, newest first</source>
        <translation>기사 목록을 최신순으로 보여 줍니다</translation>
    </message>
    <message>
        <source>Print an article</source>
        <translation>기사 한 편을 출력합니다</translation>
    </message>
    <message>
        <source>Search titles, authors and text</source>
        <translation>제목, 글쓴이, 본문을 검색합니다</translation>
    </message>
    <message>
        <source>The ten most read articles of the week</source>
        <translation>이번 주 가장 많이 읽은 기사 10편</translation>
    </message>
    <message>
        <source>Write the library as JSON lines (to stdout without FILE)</source>
        <translation>라이브러리를 JSON Lines로 내보냅니다 (FILE이 없으면 표준 출력으로)</translation>
    </message>
    <message>
        <source>Add articles from Byline exports, saved pages, text files or URLs</source>
        <translation>Byline 내보내기 파일, 저장된 페이지, 텍스트 파일, URL에서 기사를 추가합니다</translation>
    </message>
    <message>
        <source>Print the article in saved pages, text files or URLs; store nothing</source>
        <translation>저장된 페이지, 텍스트 파일, URL의 기사를 출력합니다. 저장하지는 않습니다</translation>
    </message>
    <message>
        <source>Usage: byline [--library PATH] [COMMAND [ARGUMENTS...]]</source>
        <translation>사용법: byline [--library PATH] [COMMAND [ARGUMENTS...]]</translation>
    </message>
    <message>
        <source>A news reader made for long reading. Without a command, Byline opens its window.</source>
        <translation>긴 글 읽기를 위한 뉴스 리더입니다. 명령 없이 실행하면 Byline 창이 열립니다.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>명령:</translation>
    </message>
    <message>
        <source>Use the library at PATH (created with the sample articles if missing)</source>
        <translation>PATH의 라이브러리를 사용합니다 (없으면 예시 기사와 함께 만듭니다)</translation>
    </message>
    <message>
        <source>Show this help</source>
        <translation>이 도움말을 보여 줍니다</translation>
    </message>
    <message>
        <source>Show the version</source>
        <translation>버전을 보여 줍니다</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>옵션:</translation>
    </message>
    <message>
        <source>Exit status: 0 on success, 1 on an error, 2 on a usage error.</source>
        <translation>종료 코드: 성공 0, 오류 1, 사용법 오류 2.</translation>
    </message>
    <message>
        <source>--library needs a path</source>
        <translation>--library 옵션에는 경로가 필요합니다</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>알 수 없는 옵션입니다: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Try &apos;byline --help&apos;.</source>
        <translation>&apos;byline --help&apos;로 사용법을 확인하세요.</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>명령이 없습니다</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>알 수 없는 명령입니다: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>사용법: %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The library schema is missing from this build of Byline.</source>
        <translation>이 Byline 빌드에는 라이브러리 스키마가 없습니다.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>%1 폴더를 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a library file.</source>
        <translation>%1은(는) 라이브러리 파일이 아니라 폴더입니다.</translation>
    </message>
    <message>
        <source>%1 is not a Byline library (not a SQLite database). It was not changed.</source>
        <translation>%1은(는) Byline 라이브러리가 아닙니다(SQLite 데이터베이스가 아님). 파일은 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>Could not open the library %1.</source>
        <translation>라이브러리 %1을(를) 열 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 is not a Byline library. It was not changed. (%2)</source>
        <translation>%1은(는) Byline 라이브러리가 아닙니다. 파일은 변경되지 않았습니다. (%2)</translation>
    </message>
    <message>
        <source>This library was made by a newer version of Byline (schema %1); this version understands up to %2. It was not changed.</source>
        <translation>이 라이브러리는 더 새로운 버전의 Byline에서 만들어졌습니다(스키마 %1). 이 버전은 스키마 %2까지만 지원합니다. 라이브러리는 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>Could not read the library %1.</source>
        <translation>라이브러리 %1을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 is a SQLite database but not a Byline library. It was not changed.</source>
        <translation>%1은(는) SQLite 데이터베이스이지만 Byline 라이브러리가 아닙니다. 파일은 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>Could not read the library version.</source>
        <translation>라이브러리 버전을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>This SQLite library has no full-text search (FTS5), which Byline needs. Install an SQLite built with FTS5.</source>
        <translation>이 SQLite 라이브러리에는 Byline에 필요한 전문 검색(FTS5) 기능이 없습니다. FTS5를 포함해 빌드한 SQLite를 설치하세요.</translation>
    </message>
    <message>
        <source>The library schema version %1 is missing from this build of Byline.</source>
        <translation>이 Byline 빌드에는 라이브러리 스키마 버전 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Could not update the library to schema version %1; it was left as it was.</source>
        <translation>라이브러리를 스키마 버전 %1(으)로 업데이트할 수 없어 그대로 두었습니다.</translation>
    </message>
    <message>
        <source>Could not set up the library connection.</source>
        <translation>라이브러리 연결을 설정할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>export writes one file, not %1</source>
        <translation>export는 파일 하나에만 씁니다 (%1개를 지정함)</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>표준 출력에 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>Exported 1 article to %1.</source>
        <translation>기사 1편을 %1에 내보냈습니다.</translation>
    </message>
    <message>
        <source>Exported %1 articles to %2.</source>
        <translation>기사 %1편을 %2에 내보냈습니다.</translation>
    </message>
</context>
<context>
    <name>ExtractCommand</name>
    <message>
        <source>Section:</source>
        <translation>섹션:</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>글쓴이:</translation>
    </message>
    <message>
        <source>Published:</source>
        <translation>발행:</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Words:</source>
        <translation>단어 수:</translation>
    </message>
    <message>
        <source>extract needs at least one file or URL</source>
        <translation>extract에는 파일이나 URL이 하나 이상 필요합니다</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>표준 입력을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (--whole-page extracts it anyway)</source>
        <translation>%1: %2 (--whole-page를 쓰면 그래도 추출합니다)</translation>
    </message>
</context>
<context>
    <name>FontSizeActions</name>
    <message>
        <source>&amp;Larger</source>
        <translation>크게(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Smaller</source>
        <translation>작게(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>기본 크기(&amp;R)</translation>
    </message>
    <message>
        <source>Text &amp;Size</source>
        <translation>글자 크기(&amp;S)</translation>
    </message>
    <message>
        <source>-2  Smallest</source>
        <translation>-2  가장 작게</translation>
    </message>
    <message>
        <source>-1  Small</source>
        <translation>-1  작게</translation>
    </message>
    <message>
        <source>0  Default</source>
        <translation>0  기본</translation>
    </message>
    <message>
        <source>+1  Large</source>
        <translation>+1  크게</translation>
    </message>
    <message>
        <source>+2  Largest</source>
        <translation>+2  가장 크게</translation>
    </message>
    <message>
        <source>Larger text (%1)</source>
        <translation>글자 크게 (%1)</translation>
    </message>
    <message>
        <source>Smaller text (%1)</source>
        <translation>글자 작게 (%1)</translation>
    </message>
    <message>
        <source>Default text size (%1)</source>
        <translation>기본 글자 크기 (%1)</translation>
    </message>
</context>
<context>
    <name>FtsSnippet</name>
    <message>
        <source>The library connection is not an SQLite connection.</source>
        <translation>라이브러리 연결이 SQLite 연결이 아닙니다.</translation>
    </message>
    <message>
        <source>Could not set up full-text search snippets.</source>
        <translation>전문 검색 발췌문 기능을 설정할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>A desktop news reader made for long reading</source>
        <translation>긴 글 읽기를 위한 데스크톱 뉴스 리더</translation>
    </message>
    <message>
        <source>Use the library file PATH.</source>
        <translation>라이브러리 파일 PATH를 사용합니다.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Step through the main states and save screenshots.</source>
        <translation>주요 화면 상태를 차례로 거치며 스크린샷을 저장합니다.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Byline</translation>
    </message>
    <message>
        <source>Byline cannot open the library %1: %2</source>
        <translation>Byline이 라이브러리 %1을(를) 열 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>%1: 1 article (%2 new)</source>
        <translation>%1: 기사 1편 (새 기사 %2편)</translation>
    </message>
    <message>
        <source>%1: %2 articles (%3 new)</source>
        <translation>%1: 기사 %2편 (새 기사 %3편)</translation>
    </message>
    <message>
        <source>import needs at least one file</source>
        <translation>import에는 파일이 하나 이상 필요합니다</translation>
    </message>
    <message>
        <source>%1 is not a Byline export</source>
        <translation>%1은(는) Byline 내보내기 파일이 아닙니다</translation>
    </message>
    <message>
        <source>cannot read %1: no such file</source>
        <translation>%1을(를) 읽을 수 없습니다: 파일이 없습니다</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Import Pages</source>
        <translation>페이지 가져오기</translation>
    </message>
    <message>
        <source>Web pages and text (*.html *.htm *.xhtml *.txt);;All files (*)</source>
        <translation>웹 페이지와 텍스트 (*.html *.htm *.xhtml *.txt);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Open URL</source>
        <translation>URL 열기</translation>
    </message>
    <message>
        <source>Address of the article:</source>
        <translation>기사 주소:</translation>
    </message>
    <message>
        <source>Only http and https addresses can be opened</source>
        <translation>http와 https 주소만 열 수 있습니다</translation>
    </message>
    <message>
        <source>The clipboard holds no article text or address</source>
        <translation>클립보드에 기사 텍스트나 주소가 없습니다</translation>
    </message>
    <message>
        <source>An import is already running</source>
        <translation>이미 가져오는 중입니다</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>가져오는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 가져오는 중…</translation>
    </message>
    <message>
        <source>This page doesn&apos;t look like an article.</source>
        <translation>이 페이지는 기사가 아닌 것 같습니다.</translation>
    </message>
    <message>
        <source>%1 doesn&apos;t look like an article.</source>
        <translation>%1은(는) 기사가 아닌 것 같습니다.</translation>
    </message>
    <message>
        <source>%1 pages don&apos;t look like articles.</source>
        <translation>페이지 %1개가 기사가 아닌 것 같습니다.</translation>
    </message>
    <message>
        <source>Byline can keep the whole page instead of the article.</source>
        <translation>Byline은 기사 대신 페이지 전체를 저장할 수 있습니다.</translation>
    </message>
    <message>
        <source>Import the whole page anyway</source>
        <translation>그래도 페이지 전체 가져오기</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>건너뛰기</translation>
    </message>
    <message>
        <source>Updated “%1”</source>
        <translation>“%1” 업데이트함</translation>
    </message>
    <message>
        <source>Imported “%1”</source>
        <translation>“%1” 가져옴</translation>
    </message>
    <message>
        <source>Imported 1 article</source>
        <translation>기사 1개를 가져왔습니다</translation>
    </message>
    <message>
        <source>Imported %1 articles</source>
        <translation>기사 %1개를 가져왔습니다</translation>
    </message>
    <message>
        <source>%1 could not be imported</source>
        <translation>%1개는 가져오지 못했습니다</translation>
    </message>
    <message>
        <source>%1 cancelled</source>
        <translation>%1개 취소됨</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… 외 %1개</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>%1 폴더를 만들 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>LibraryExporter</name>
    <message>
        <source>Could not write the export: %1</source>
        <translation>내보내기 파일을 쓸 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>LibraryImporter</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message numerus="yes">
        <source>a read must last at least %n seconds</source>
        <translation>
            <numerusform>읽은 기록은 %n초 이상이어야 합니다</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, %2번째 줄: %3</translation>
    </message>
</context>
<context>
    <name>LibraryPane</name>
    <message>
        <source>Search articles</source>
        <translation>기사 검색</translation>
    </message>
    <message>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>안 읽음</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>별표</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>섹션</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>기사</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>모든 출처</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>모든 섹션</translation>
    </message>
    <message>
        <source>1 result</source>
        <translation>결과 1개</translation>
    </message>
    <message numerus="yes">
        <source>%n results</source>
        <translation>
            <numerusform>결과 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>1 article</source>
        <translation>기사 1개</translation>
    </message>
    <message numerus="yes">
        <source>%n articles</source>
        <translation>
            <numerusform>기사 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>list takes no arguments, not &apos;%1&apos;</source>
        <translation>list에는 인수를 쓸 수 없습니다: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--limit needs a positive number, not &apos;%1&apos;</source>
        <translation>--limit에는 양의 정수가 필요합니다: &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Byline</source>
        <translation>Byline</translation>
    </message>
    <message>
        <source>Next Article</source>
        <translation>다음 기사</translation>
    </message>
    <message>
        <source>Previous Article</source>
        <translation>이전 기사</translation>
    </message>
    <message>
        <source>Page Down</source>
        <translation>한 페이지 아래로</translation>
    </message>
    <message>
        <source>Mark as Read/Unread</source>
        <translation>읽음/안 읽음으로 표시</translation>
    </message>
    <message>
        <source>Star/Unstar</source>
        <translation>별표 표시/해제</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>찾기(&amp;F)...</translation>
    </message>
    <message>
        <source>&amp;Top 10 Stories</source>
        <translation>인기 기사 TOP 10(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>환경설정(&amp;P)...</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>Text &amp;Size</source>
        <translation>글자 크기(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>기사(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation>공유(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Byline</source>
        <translation>Byline 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>가져오기(&amp;I)...</translation>
    </message>
    <message>
        <source>Open &amp;URL...</source>
        <translation>URL 열기(&amp;U)...</translation>
    </message>
    <message>
        <source>&amp;Paste Article</source>
        <translation>기사 붙여넣기(&amp;P)</translation>
    </message>
    <message>
        <source>Could not open the article: %1</source>
        <translation>기사를 열 수 없습니다: %1</translation>
    </message>
    <message>
        <source>%1 - Byline</source>
        <translation>%1 - Byline</translation>
    </message>
    <message>
        <source>Marked as read</source>
        <translation>읽음으로 표시함</translation>
    </message>
    <message>
        <source>Marked as unread</source>
        <translation>안 읽음으로 표시함</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>별표 표시함</translation>
    </message>
    <message>
        <source>Star removed</source>
        <translation>별표 해제함</translation>
    </message>
    <message>
        <source>Mark as Unread</source>
        <translation>안 읽음으로 표시</translation>
    </message>
    <message>
        <source>Mark as Read</source>
        <translation>읽음으로 표시</translation>
    </message>
    <message>
        <source>Remove Star</source>
        <translation>별표 해제</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>별표 표시</translation>
    </message>
    <message>
        <source>About Byline</source>
        <translation>Byline 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Byline %1&lt;/h3&gt;&lt;p&gt;A desktop news reader made for long reading.&lt;/p&gt;&lt;p&gt;Library: %2&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Byline %1&lt;/h3&gt;&lt;p&gt;긴 글 읽기를 위한 데스크톱 뉴스 리더입니다.&lt;/p&gt;&lt;p&gt;라이브러리: %2&lt;/p&gt;&lt;p&gt;GNU General Public License 버전 3 이상에 따라 배포됩니다.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PageFetcher</name>
    <message>
        <source>Only http and https addresses can be opened</source>
        <translation>http와 https 주소만 열 수 있습니다</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>The page is larger than %1 MB</source>
        <translation>페이지가 %1MB보다 큽니다</translation>
    </message>
    <message>
        <source>The address redirects in a loop</source>
        <translation>주소가 같은 곳으로 계속 리디렉션됩니다</translation>
    </message>
    <message>
        <source>Too many redirects</source>
        <translation>리디렉션이 너무 많습니다</translation>
    </message>
    <message>
        <source>The address redirects to something that is not a web page</source>
        <translation>주소가 웹 페이지가 아닌 곳으로 리디렉션됩니다</translation>
    </message>
    <message>
        <source>The server answered %1 %2</source>
        <translation>서버 응답: %1 %2</translation>
    </message>
    <message>
        <source>Could not find the server %1</source>
        <translation>서버 %1을(를) 찾을 수 없습니다</translation>
    </message>
    <message>
        <source>Could not connect to %1</source>
        <translation>%1에 연결할 수 없습니다</translation>
    </message>
    <message>
        <source>%1 closed the connection</source>
        <translation>%1이(가) 연결을 끊었습니다</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed</source>
        <translation>%1과(와)의 보안 연결에 실패했습니다</translation>
    </message>
    <message>
        <source>Could not load the page from %1: %2</source>
        <translation>%1에서 페이지를 불러올 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Timed out after %1 seconds</source>
        <translation>%1초가 지나 시간이 초과되었습니다</translation>
    </message>
</context>
<context>
    <name>PageImport</name>
    <message>
        <source>cannot read standard input</source>
        <translation>표준 입력을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>%1: imported “%2” (id %3)</source>
        <translation>%1: “%2” 가져옴 (id %3)</translation>
    </message>
    <message>
        <source>%1: updated “%2” (id %3)</source>
        <translation>%1: “%2” 업데이트함 (id %3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>PageImporter</name>
    <message>
        <source>This page doesn&apos;t look like an article</source>
        <translation>이 페이지는 기사가 아닌 것 같습니다</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>제목 없음</translation>
    </message>
</context>
<context>
    <name>PageReader</name>
    <message>
        <source>This is a PNG image, not a web page or text</source>
        <translation>웹 페이지나 텍스트가 아니라 PNG 이미지입니다</translation>
    </message>
    <message>
        <source>This is a JPEG image, not a web page or text</source>
        <translation>웹 페이지나 텍스트가 아니라 JPEG 이미지입니다</translation>
    </message>
    <message>
        <source>This is a GIF image, not a web page or text</source>
        <translation>웹 페이지나 텍스트가 아니라 GIF 이미지입니다</translation>
    </message>
    <message>
        <source>This is a WebP image, not a web page or text</source>
        <translation>웹 페이지나 텍스트가 아니라 WebP 이미지입니다</translation>
    </message>
    <message>
        <source>This is a PDF document, not a web page or text</source>
        <translation>웹 페이지나 텍스트가 아니라 PDF 문서입니다</translation>
    </message>
    <message>
        <source>This is a zip archive, not a web page or text</source>
        <translation>웹 페이지나 텍스트가 아니라 zip 압축 파일입니다</translation>
    </message>
    <message>
        <source>This is a gzip archive, not a web page or text</source>
        <translation>웹 페이지나 텍스트가 아니라 gzip 압축 파일입니다</translation>
    </message>
    <message>
        <source>This is a 7z archive, not a web page or text</source>
        <translation>웹 페이지나 텍스트가 아니라 7z 압축 파일입니다</translation>
    </message>
    <message>
        <source>This is a Microsoft Office document, not a web page or text</source>
        <translation>웹 페이지나 텍스트가 아니라 Microsoft Office 문서입니다</translation>
    </message>
    <message>
        <source>This is a program, not a web page or text</source>
        <translation>웹 페이지나 텍스트가 아니라 프로그램입니다</translation>
    </message>
    <message>
        <source>This is a database file, not a web page or text</source>
        <translation>웹 페이지나 텍스트가 아니라 데이터베이스 파일입니다</translation>
    </message>
    <message>
        <source>This is a video or audio file, not a web page or text</source>
        <translation>웹 페이지나 텍스트가 아니라 동영상이나 오디오 파일입니다</translation>
    </message>
    <message>
        <source>This is an audio file, not a web page or text</source>
        <translation>웹 페이지나 텍스트가 아니라 오디오 파일입니다</translation>
    </message>
    <message>
        <source>There is nothing to import</source>
        <translation>가져올 내용이 없습니다</translation>
    </message>
    <message>
        <source>The file does not exist</source>
        <translation>파일이 없습니다</translation>
    </message>
    <message>
        <source>This is a folder, not a file</source>
        <translation>파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB</source>
        <translation>파일이 %1MB보다 큽니다</translation>
    </message>
    <message>
        <source>The file is empty</source>
        <translation>파일이 비어 있습니다</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>파일을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The input is larger than %1 MB</source>
        <translation>입력이 %1MB보다 큽니다</translation>
    </message>
    <message>
        <source>The input is empty</source>
        <translation>입력이 비어 있습니다</translation>
    </message>
    <message>
        <source>The server sent an empty page</source>
        <translation>서버가 빈 페이지를 보냈습니다</translation>
    </message>
    <message>
        <source>The address serves %1, not a web page</source>
        <translation>주소가 웹 페이지가 아니라 %1을(를) 보냅니다</translation>
    </message>
    <message>
        <source>This is a binary file, not a web page or text</source>
        <translation>웹 페이지나 텍스트가 아니라 바이너리 파일입니다</translation>
    </message>
    <message>
        <source>The page is nested too deeply to read (more than %1 levels)</source>
        <translation>페이지가 너무 깊게 중첩되어 읽을 수 없습니다 (%1단계 초과)</translation>
    </message>
    <message>
        <source>No text found in this page</source>
        <translation>이 페이지에서 텍스트를 찾지 못했습니다</translation>
    </message>
</context>
<context>
    <name>ReadStore</name>
    <message>
        <source>Could not record reading article %1.</source>
        <translation>%1번 기사의 읽은 기록을 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not find the top stories.</source>
        <translation>인기 기사를 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not read the reading history.</source>
        <translation>읽은 기록을 불러올 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>ReaderDocument</name>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>읽는 데 %n분</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <source>Nothing to read yet</source>
        <translation>아직 읽을 기사가 없습니다</translation>
    </message>
    <message>
        <source>Choose an article from the list, and it opens here.</source>
        <translation>목록에서 기사를 선택하면 여기에 열립니다.</translation>
    </message>
    <message>
        <source>Read the original at %1</source>
        <translation>%1에서 원문 읽기</translation>
    </message>
</context>
<context>
    <name>ReaderPane</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>리더</translation>
    </message>
    <message>
        <source>Load Remote Images</source>
        <translation>원격 이미지 불러오기</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>글자 크기</translation>
    </message>
    <message>
        <source>Load this article&apos;s images from the web. Off: nothing is fetched from the web while you read.</source>
        <translation>이 기사의 이미지를 웹에서 불러옵니다. 끄면 읽는 동안 웹에서 아무것도 가져오지 않습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) not loaded.</source>
        <translation>
            <numerusform>이미지 %n개를 불러오지 않았습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <source>Go to Top</source>
        <translation>맨 위로</translation>
    </message>
    <message>
        <source>Back to the top of the article (Home)</source>
        <translation>기사 맨 위로 돌아가기 (Home)</translation>
    </message>
    <message>
        <source>Open Link in Browser</source>
        <translation>브라우저에서 링크 열기</translation>
    </message>
    <message>
        <source>Copy Link Address</source>
        <translation>링크 주소 복사</translation>
    </message>
</context>
<context>
    <name>SampleLibrary</name>
    <message>
        <source>The sample library is missing from this build of Byline.</source>
        <translation>이 Byline 빌드에는 예시 라이브러리가 없습니다.</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>search needs some words to look for</source>
        <translation>search에는 찾을 낱말이 필요합니다</translation>
    </message>
    <message>
        <source>No articles match &apos;%1&apos;.</source>
        <translation>&apos;%1&apos;와(과) 일치하는 기사가 없습니다.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>환경설정</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>글자 크기</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>작게</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>크게</translation>
    </message>
    <message>
        <source>System</source>
        <translation>시스템 설정</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>라이트</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>세피아</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>다크</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>최근 24시간</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>최근 7일</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>최근 30일</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>선택...</translation>
    </message>
    <message>
        <source>Use Default</source>
        <translation>기본값 사용</translation>
    </message>
    <message>
        <source>Text size:</source>
        <translation>글자 크기:</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>테마:</translation>
    </message>
    <message>
        <source>Top 10 Stories:</source>
        <translation>인기 기사 TOP 10:</translation>
    </message>
    <message>
        <source>Library file:</source>
        <translation>라이브러리 파일:</translation>
    </message>
    <message>
        <source>A new location applies the next time Byline starts.</source>
        <translation>새 위치는 다음에 Byline을 시작할 때 적용됩니다.</translation>
    </message>
    <message>
        <source>Byline will use this library the next time it starts.</source>
        <translation>다음에 Byline을 시작할 때부터 이 라이브러리를 사용합니다.</translation>
    </message>
    <message>
        <source>Choose Library</source>
        <translation>라이브러리 선택</translation>
    </message>
    <message>
        <source>Byline libraries (*.sqlite);;All files (*)</source>
        <translation>Byline 라이브러리 (*.sqlite);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>ShareMenu</name>
    <message>
        <source>&amp;Share</source>
        <translation>공유(&amp;S)</translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>Share on Facebook</source>
        <translation>Facebook에 공유</translation>
    </message>
    <message>
        <source>Twitter</source>
        <translation>Twitter</translation>
    </message>
    <message>
        <source>Share on Twitter</source>
        <translation>Twitter에 공유</translation>
    </message>
    <message>
        <source>Kakao</source>
        <translation>Kakao</translation>
    </message>
    <message>
        <source>Share on KakaoStory</source>
        <translation>KakaoStory에 공유</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>메일</translation>
    </message>
    <message>
        <source>Send the link by e-mail</source>
        <translation>이메일로 링크 보내기</translation>
    </message>
    <message>
        <source>Copy Link</source>
        <translation>링크 복사</translation>
    </message>
    <message>
        <source>Copy the article&apos;s address</source>
        <translation>기사 주소 복사</translation>
    </message>
    <message>
        <source>This article has no web address to share</source>
        <translation>이 기사에는 공유할 웹 주소가 없습니다</translation>
    </message>
    <message>
        <source>Link copied</source>
        <translation>링크를 복사했습니다</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>동작</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>키</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 또는 </translation>
    </message>
</context>
<context>
    <name>ShowCommand</name>
    <message>
        <source>show needs an article id</source>
        <translation>show에는 기사 번호가 필요합니다</translation>
    </message>
    <message>
        <source>show takes one article id, not %1</source>
        <translation>show에는 기사 번호를 하나만 쓸 수 있습니다 (%1개를 지정함)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an article id</source>
        <translation>&apos;%1&apos;은(는) 기사 번호가 아닙니다</translation>
    </message>
    <message>
        <source>no article with id %1</source>
        <translation>번호가 %1인 기사가 없습니다</translation>
    </message>
    <message>
        <source>Section:</source>
        <translation>섹션:</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>글쓴이:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>출처:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>날짜:</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
</context>
<context>
    <name>SourceStore</name>
    <message>
        <source>A source needs a web address.</source>
        <translation>출처에는 웹 주소가 필요합니다.</translation>
    </message>
    <message>
        <source>Could not save the source %1.</source>
        <translation>출처 %1을(를) 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not read a source.</source>
        <translation>출처를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>There is no source %1 in the library.</source>
        <translation>라이브러리에 출처 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Could not read the sources.</source>
        <translation>출처 목록을 불러올 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>TextExtractor</name>
    <message>
        <source>The text is empty</source>
        <translation>텍스트가 비어 있습니다</translation>
    </message>
    <message>
        <source>No article text found</source>
        <translation>기사 텍스트를 찾지 못했습니다</translation>
    </message>
</context>
<context>
    <name>TopCommand</name>
    <message>
        <source>top takes no arguments, not &apos;%1&apos;</source>
        <translation>top에는 인수를 쓸 수 없습니다: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>1 read</source>
        <translation>1회 읽음</translation>
    </message>
    <message>
        <source>%1 reads</source>
        <translation>%1회 읽음</translation>
    </message>
</context>
<context>
    <name>TopStoriesDock</name>
    <message>
        <source>Top 10 Stories</source>
        <translation>인기 기사 TOP 10</translation>
    </message>
    <message>
        <source>Most read in the last 24 hours</source>
        <translation>최근 24시간 동안 가장 많이 읽은 기사</translation>
    </message>
    <message numerus="yes">
        <source>Most read in the last %n days</source>
        <translation>
            <numerusform>최근 %n일 동안 가장 많이 읽은 기사</numerusform>
        </translation>
    </message>
</context>
</TS>
