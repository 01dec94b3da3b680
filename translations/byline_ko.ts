<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AccountCommand</name>
    <message>
        <source>Password: </source>
        <translation>비밀번호: </translation>
    </message>
    <message>
        <source>User name on the server</source>
        <translation>서버의 사용자 이름</translation>
    </message>
    <message>
        <source>Read the password from the first line of FILE</source>
        <translation>FILE의 첫 줄에서 비밀번호 읽기</translation>
    </message>
    <message>
        <source>use: account add ttrss URL --user NAME [--password-file FILE]</source>
        <translation>사용법: account add ttrss URL --user NAME [--password-file FILE]</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind of server Byline knows: ttrss</source>
        <translation>'%1'은(는) Byline이 지원하는 서버 종류가 아닙니다: ttrss</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a web address</source>
        <translation>'%1'은(는) 웹 주소가 아닙니다</translation>
    </message>
    <message>
        <source>account add needs --user NAME</source>
        <translation>account add에는 --user NAME이 필요합니다</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>no terminal to ask the password on: give --password-file FILE</source>
        <translation>비밀번호를 물어볼 터미널이 없습니다: --password-file FILE을 지정하십시오</translation>
    </message>
    <message>
        <source>Added account %1: %2 at %3; password kept %4.</source>
        <translation>계정 %1을(를) 추가했습니다: %3의 %2, 비밀번호 보관 위치: %4.</translation>
    </message>
</context>
<context>
    <name>AccountsCommand</name>
    <message>
        <source>accounts takes no arguments, not &apos;%1&apos;</source>
        <translation>accounts는 인수를 받지 않습니다('%1' 불가)</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>동기화한 적 없음</translation>
    </message>
</context>
<context>
    <name>AddFeedDialog</name>
    <message>
        <source>Add Feed</source>
        <translation>피드 추가</translation>
    </message>
    <message>
        <source>Feed or website address</source>
        <translation>피드 또는 웹사이트 주소</translation>
    </message>
    <message>
        <source>Top Level</source>
        <translation>최상위</translation>
    </message>
    <message>
        <source>This site has several feeds. Pick one:</source>
        <translation>이 사이트에는 피드가 여러 개 있습니다. 하나를 선택하세요:</translation>
    </message>
    <message>
        <source>Looking for feeds…</source>
        <translation>피드 찾는 중…</translation>
    </message>
    <message>
        <source>&amp;Subscribe</source>
        <translation>구독(&amp;S)</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>주소:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>폴더:</translation>
    </message>
    <message>
        <source>“%1” is not a web address.</source>
        <translation>“%1”은(는) 웹 주소가 아닙니다.</translation>
    </message>
    <message>
        <source>No feed found at this address.</source>
        <translation>이 주소에서 피드를 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ArticleContextMenu</name>
    <message>
        <source>&amp;Open</source>
        <translation>열기(&amp;O)</translation>
    </message>
    <message>
        <source>Open Original in &amp;Browser</source>
        <translation>브라우저에서 원문 열기(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Copy Link</source>
        <translation>링크 복사(&amp;C)</translation>
    </message>
    <message>
        <source>Mark as &amp;Unread</source>
        <translation>안 읽음으로 표시(&amp;U)</translation>
    </message>
    <message>
        <source>Mark as &amp;Read</source>
        <translation>읽음으로 표시(&amp;R)</translation>
    </message>
    <message>
        <source>Remove &amp;Star</source>
        <translation>별표 해제(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Star</source>
        <translation>별표 표시(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
</context>
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
    <message>
        <source>only its first %1 million characters were read</source>
        <translation>처음 %1백만 자만 읽음</translation>
    </message>
    <message>
        <source>past %1 elements, its markup was dropped, its text kept</source>
        <translation>요소 %1개를 넘는 부분은 마크업을 버리고 텍스트만 남김</translation>
    </message>
    <message numerus="yes">
        <source>%n attribute(s) over the limit were dropped</source>
        <translation>
            <numerusform>한도를 넘은 속성 %n개를 버렸습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unclosed formatting tag(s) were dropped</source>
        <translation>
            <numerusform>닫히지 않은 서식 태그 %n개를 제거했습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>The page was trimmed: %1.</source>
        <translation>페이지 일부를 잘라 냈습니다: %1.</translation>
    </message>
    <message>
        <source>There is not enough memory to read this page.</source>
        <translation>이 페이지를 읽을 메모리가 부족합니다.</translation>
    </message>
    <message>
        <source>The page needs more than %1 MB of memory to read; it was not read.</source>
        <translation>이 페이지를 읽으려면 메모리가 %1MB보다 많이 필요하여 읽지 않았습니다.</translation>
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
            <numerusform>기사 %n개를 저장할 수 없어 아무것도 저장하지 않았습니다.</numerusform>
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
    <message>
        <source>Could not read the reading history.</source>
        <translation>읽은 기록을 불러올 수 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Could not delete %n articles.</source>
        <translation>
            <numerusform>기사 %n개를 삭제할 수 없습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not restore the article “%1”.</source>
        <translation>“%1” 기사를 복원할 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not restore the deleted articles.</source>
        <translation>삭제한 기사를 복원할 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not mark the articles as read.</source>
        <translation>기사를 읽음으로 표시할 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not check the library for changes.</source>
        <translation>라이브러리의 변경 사항을 확인할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>check takes no arguments</source>
        <translation>check에는 인수를 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>이상 없음</translation>
    </message>
    <message>
        <source>1 problem found</source>
        <translation>문제 1개 발견</translation>
    </message>
    <message numerus="yes">
        <source>%n problems found</source>
        <translation>
            <numerusform>문제 %n개 발견</numerusform>
        </translation>
    </message>
    <message>
        <source>The library %1 is damaged (%2): Byline will not write to it. Save what can be read with “byline export FILE” or “byline recover NEWFILE”.</source>
        <translation>라이브러리 %1이(가) 손상되었습니다(%2). Byline은 이 라이브러리에 쓰지 않습니다. 읽을 수 있는 내용은 “byline export FILE” 또는 “byline recover NEWFILE” 명령으로 저장하세요.</translation>
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
    <message>
        <source>Check the library for damage (--full: slower, deeper)</source>
        <translation>라이브러리가 손상되었는지 검사합니다 (--full: 더 느리지만 더 꼼꼼하게)</translation>
    </message>
    <message>
        <source>Copy every readable article of a damaged library into a new library</source>
        <translation>손상된 라이브러리에서 읽을 수 있는 기사를 모두 새 라이브러리로 복사합니다</translation>
    </message>
    <message>
        <source>       byline [--library PATH] [FILE|URL...]</source>
        <translation>        byline [--library PATH] [FILE|URL...]</translation>
    </message>
    <message>
        <source>A news reader made for long reading. Without a command, Byline opens its window, one per library (a second start brings it to the front), and imports any files or URLs given.</source>
        <translation>긴 글 읽기를 위한 뉴스 리더입니다. 명령 없이 실행하면 Byline 창을 열고(창은 라이브러리마다 하나이며, 다시 실행하면 열려 있는 창을 앞으로 가져옵니다) 지정한 파일이나 URL을 가져옵니다.</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 옵션에는 값이 필요합니다</translation>
    </message>
    <message>
        <source>the command %1 must come first</source>
        <translation>명령 %1은(는) 맨 앞에 와야 합니다</translation>
    </message>
    <message>
        <source>%1 is neither a file nor a web address</source>
        <translation>%1은(는) 파일도 웹 주소도 아닙니다</translation>
    </message>
    <message>
        <source>Delete articles, with their search entries and reads</source>
        <translation>기사를 검색 색인과 읽은 기록까지 함께 삭제합니다</translation>
    </message>
    <message>
        <source>The ten most read articles of the week (default), or with --stories the unread stories of the last 48 hours most of your feeds carry</source>
        <translation>이번 주에 가장 많이 읽은 기사 10개(기본값), 또는 --stories를 지정하면 최근 48시간 동안 가장 많은 피드가 다룬 안 읽은 기사</translation>
    </message>
    <message>
        <source>Print the items of one RSS, Atom or JSON feed; store nothing</source>
        <translation>RSS, Atom 또는 JSON 피드 하나의 항목을 출력합니다. 아무것도 저장하지 않습니다</translation>
    </message>
    <message>
        <source>Follow a feed, given its address or its site&apos;s, and fetch its articles</source>
        <translation>피드 주소나 사이트 주소로 피드를 구독하고 기사 가져오기</translation>
    </message>
    <message>
        <source>Fetch the new articles of the feeds named (id, URL or title), else of all</source>
        <translation>지정한 피드(ID, URL 또는 제목)의 새 기사를 가져오고, 지정하지 않으면 모든 피드에서 가져옵니다</translation>
    </message>
    <message>
        <source>List the feeds followed: unread count, last refresh, folder, title, URL and last error</source>
        <translation>구독 중인 피드 목록: 안 읽은 수, 마지막 새로 고침, 폴더, 제목, URL, 마지막 오류</translation>
    </message>
    <message>
        <source>Stop following a feed (its id, URL or title); its articles go, starred ones stay</source>
        <translation>피드 구독 해지(ID, URL 또는 제목); 기사는 삭제되고 별표 기사는 유지됨</translation>
    </message>
    <message>
        <source>Follow the feeds of an OPML file, or write the feeds followed as OPML (to stdout without FILE)</source>
        <translation>OPML 파일의 피드를 구독하거나, 구독 중인 피드를 OPML로 내보냅니다(FILE이 없으면 stdout으로 출력)</translation>
    </message>
    <message>
        <source>Add a Tiny Tiny RSS account; the password is asked for, or read from FILE</source>
        <translation>Tiny Tiny RSS 계정을 추가합니다. 암호는 입력받거나 FILE에서 읽습니다</translation>
    </message>
    <message>
        <source>List the sync accounts, their last sync and error</source>
        <translation>동기화 계정과 마지막 동기화 및 오류 나열</translation>
    </message>
    <message>
        <source>Sync every account once: send local changes, fetch feeds, articles and read/starred state</source>
        <translation>모든 계정을 한 번 동기화합니다: 로컬 변경 사항을 보내고 피드, 기사, 읽음/별표 상태를 가져옵니다</translation>
    </message>
</context>
<context>
    <name>Compactor</name>
    <message>
        <source>Could not compact the library; it is unchanged.</source>
        <translation>서재를 압축할 수 없습니다. 서재는 변경되지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>in the file %1, readable only by you (no secret service)</source>
        <translation>본인만 읽을 수 있는 파일 %1에 저장(비밀 서비스 없음)</translation>
    </message>
    <message>
        <source>Could not create the folder of %1.</source>
        <translation>%1의 폴더를 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not write the password file %1: %2</source>
        <translation>암호 파일 %1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>No password is stored for %1 at %2: add the account again.</source>
        <translation>%2의 %1에 대해 저장된 비밀번호가 없습니다: 계정을 다시 추가하십시오.</translation>
    </message>
    <message>
        <source>Could not write the password file %1.</source>
        <translation>비밀번호 파일 %1을(를) 쓸 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>DamageBanner</name>
    <message>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <source>Recover into a New Library…</source>
        <translation>새 라이브러리로 복구…</translation>
    </message>
    <message>
        <source>This library is damaged (%1). Byline will not write to it: read marks, stars and imports are off. Export what can be read, or recover it into a new library.</source>
        <translation>이 라이브러리는 손상되었습니다(%1). Byline은 이 라이브러리에 쓰지 않으므로 읽음 표시, 별표, 가져오기를 사용할 수 없습니다. 읽을 수 있는 내용을 내보내거나 새 라이브러리로 복구하세요.</translation>
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
        <source>This library was made by a newer version of Byline (schema %1); this version understands up to %2. It was not changed.</source>
        <translation>이 라이브러리는 더 새로운 버전의 Byline에서 만들어졌습니다(스키마 %1). 이 버전은 스키마 %2까지만 지원합니다. 라이브러리는 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 is a SQLite database but not a Byline library. It was not changed.</source>
        <translation>%1은(는) SQLite 데이터베이스이지만 Byline 라이브러리가 아닙니다. 파일은 변경되지 않았습니다.</translation>
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
    <message>
        <source>Could not create the library %1: the folder %2 is read-only.</source>
        <translation>라이브러리 %1을(를) 만들 수 없습니다: %2 폴더가 읽기 전용입니다.</translation>
    </message>
    <message>
        <source>The library file %1 is read-only: Byline shows it but will not change it. Make it writable to import, mark or delete articles.</source>
        <translation>라이브러리 파일 %1은(는) 읽기 전용입니다. Byline에서 볼 수는 있지만 변경하지는 않습니다. 기사를 가져오거나 표시하거나 삭제하려면 파일을 쓰기 가능하게 설정하세요.</translation>
    </message>
    <message>
        <source>The library&apos;s folder %1 is read-only: Byline shows the library but will not change it. Make the folder writable to import, mark or delete articles.</source>
        <translation>라이브러리 폴더 %1은(는) 읽기 전용입니다. Byline에서 라이브러리를 볼 수는 있지만 변경하지는 않습니다. 기사를 가져오거나 표시하거나 삭제하려면 폴더를 쓰기 가능하게 설정하세요.</translation>
    </message>
    <message>
        <source>There is no library at %1.</source>
        <translation>%1에 라이브러리가 없습니다.</translation>
    </message>
    <message>
        <source>The library %1 is open for reading only.</source>
        <translation>라이브러리 %1이(가) 읽기 전용으로 열려 있습니다.</translation>
    </message>
    <message>
        <source>It was not changed.</source>
        <translation>라이브러리는 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>The library %1 needs updating to this version of Byline, but it is read-only. It was not changed.</source>
        <translation>라이브러리 %1을(를) 이 버전의 Byline에 맞게 업데이트해야 하지만 읽기 전용입니다. 라이브러리는 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>The library %1 is damaged and cannot be read (%2). It was not changed; restore it from a backup or a Byline export.</source>
        <translation>라이브러리 %1이(가) 손상되어 읽을 수 없습니다(%2). 라이브러리는 변경되지 않았습니다. 백업이나 Byline 내보내기 파일에서 복원하세요.</translation>
    </message>
    <message>
        <source>The library %1 is locked by another program. It was not changed. Close that program, or try again in a moment.</source>
        <translation>다른 프로그램이 라이브러리 %1을(를) 잠그고 있습니다. 라이브러리는 변경되지 않았습니다. 그 프로그램을 닫거나 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Could not read the library %1. It was not changed.</source>
        <translation>라이브러리 %1을(를) 읽을 수 없습니다. 라이브러리는 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>Could not create or update the library; it was left as it was.</source>
        <translation>라이브러리를 만들거나 업데이트할 수 없어 그대로 두었습니다.</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>파일이 손상됨</translation>
    </message>
    <message>
        <source>The library %1 is damaged (%2): Byline will not write to it. Save what can be read with “byline export FILE” or File &gt; Recover into a New Library.</source>
        <translation>라이브러리 %1이(가) 손상되었습니다(%2). Byline은 이 라이브러리에 쓰지 않습니다. 읽을 수 있는 내용은 “byline export FILE” 명령이나 파일 &gt; 새 라이브러리로 복구 메뉴로 저장하세요.</translation>
    </message>
    <message>
        <source>Could not check the library.</source>
        <translation>라이브러리를 검사할 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not save the change.</source>
        <translation>변경 사항을 저장할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>DeleteCommand</name>
    <message>
        <source>delete needs at least one article id</source>
        <translation>delete에는 기사 번호가 하나 이상 필요합니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an article id</source>
        <translation>&apos;%1&apos;은(는) 기사 번호가 아닙니다</translation>
    </message>
    <message>
        <source>deleted %1: %2</source>
        <translation>삭제함 %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>no article with id %1</source>
        <translation>
            <numerusform>ID가 %1인 기사가 없습니다</numerusform>
        </translation>
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
    <name>FeedArgument</name>
    <message>
        <source>no feed is called &apos;%1&apos; (give its id, URL or title; &apos;byline feeds&apos; lists them)</source>
        <translation>'%1'(이)라는 피드가 없습니다(ID, URL 또는 제목을 지정하십시오. 'byline feeds'로 목록을 볼 수 있습니다)</translation>
    </message>
    <message>
        <source>%1 feeds are called &apos;%2&apos;: give one of their ids (%3)</source>
        <translation>이름이 '%2'인 피드가 %1개 있습니다: 해당 ID 중 하나를 지정하세요(%3)</translation>
    </message>
</context>
<context>
    <name>FeedArticleBuilder</name>
    <message>
        <source>Untitled</source>
        <translation>제목 없음</translation>
    </message>
</context>
<context>
    <name>FeedCommand</name>
    <message>
        <source>(untitled feed)</source>
        <translation>(제목 없는 피드)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>항목 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(제목 없음)</translation>
    </message>
    <message>
        <source>feed needs one file or URL</source>
        <translation>feed에는 파일이나 URL 하나가 필요합니다</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: cannot read the file (%2)</source>
        <translation>%1: 파일을 읽을 수 없습니다(%2)</translation>
    </message>
</context>
<context>
    <name>FeedContextMenu</name>
    <message>
        <source>&amp;Refresh Now</source>
        <translation>지금 새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Mark All as Read</source>
        <translation>모두 읽음으로 표시(&amp;M)</translation>
    </message>
    <message>
        <source>Re&amp;name...</source>
        <translation>이름 바꾸기(&amp;N)...</translation>
    </message>
    <message>
        <source>Fetch &amp;Full Articles</source>
        <translation>전체 기사 가져오기(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Properties...</source>
        <translation>속성(&amp;P)...</translation>
    </message>
    <message>
        <source>&amp;Unsubscribe...</source>
        <translation>구독 취소(&amp;U)...</translation>
    </message>
    <message>
        <source>New &amp;Folder...</source>
        <translation>새 폴더(&amp;F)...</translation>
    </message>
    <message>
        <source>Re&amp;name Folder...</source>
        <translation>폴더 이름 바꾸기(&amp;N)...</translation>
    </message>
    <message>
        <source>&amp;Delete Folder</source>
        <translation>폴더 삭제(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Add Feed...</source>
        <translation>피드 추가(&amp;A)...</translation>
    </message>
    <message>
        <source>Move &amp;to Folder</source>
        <translation>폴더로 이동(&amp;T)</translation>
    </message>
    <message>
        <source>Top Level</source>
        <translation>최상위</translation>
    </message>
    <message>
        <source>New Folder...</source>
        <translation>새 폴더...</translation>
    </message>
    <message>
        <source>Rename Feed</source>
        <translation>피드 이름 바꾸기</translation>
    </message>
    <message>
        <source>Name (empty: the feed&apos;s own title):</source>
        <translation>이름(비워 두면 피드 자체 제목):</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>구독 해지</translation>
    </message>
    <message>
        <source>Unsubscribe from “%1”?</source>
        <translation>“%1” 구독을 취소할까요?</translation>
    </message>
    <message>
        <source>Its articles are deleted from the library. Starred articles stay.</source>
        <translation>이 피드의 기사가 서재에서 삭제됩니다. 별표한 기사는 유지됩니다.</translation>
    </message>
    <message numerus="yes">
        <source>Unsubscribed from “%1” (%n articles removed).</source>
        <translation>
            <numerusform>“%1” 구독을 해지했습니다(기사 %n개 삭제됨).</numerusform>
        </translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>새 폴더</translation>
    </message>
    <message>
        <source>Folder name:</source>
        <translation>폴더 이름:</translation>
    </message>
    <message>
        <source>Rename Folder</source>
        <translation>폴더 이름 바꾸기</translation>
    </message>
    <message>
        <source>Folder deleted; its feeds moved up a level.</source>
        <translation>폴더를 삭제했습니다. 폴더 안의 피드는 한 단계 위로 이동했습니다.</translation>
    </message>
</context>
<context>
    <name>FeedDiscovery</name>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>No feed found at %1</source>
        <translation>%1에서 피드를 찾을 수 없습니다</translation>
    </message>
</context>
<context>
    <name>FeedFetcher</name>
    <message>
        <source>Timed out after %1 seconds</source>
        <translation>%1초 후 시간 초과</translation>
    </message>
    <message>
        <source>Only http, https, file and qrc addresses can be fetched</source>
        <translation>http, https, file, qrc 주소만 가져올 수 있습니다</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The feed is larger than %1 MB</source>
        <translation>피드 크기가 %1MB를 초과합니다</translation>
    </message>
    <message>
        <source>The feed is larger than %1 KB</source>
        <translation>피드가 %1KB보다 큽니다</translation>
    </message>
    <message>
        <source>The address redirects in a loop</source>
        <translation>주소가 무한 리디렉션됩니다</translation>
    </message>
    <message>
        <source>Too many redirects</source>
        <translation>리디렉션이 너무 많습니다</translation>
    </message>
    <message>
        <source>The address redirects to something that is not a web address</source>
        <translation>주소가 웹 주소가 아닌 곳으로 리디렉션됩니다</translation>
    </message>
</context>
<context>
    <name>FeedPane</name>
    <message>
        <source>Feeds</source>
        <translation>피드</translation>
    </message>
</context>
<context>
    <name>FeedParser</name>
    <message>
        <source>This is a web page, not a feed</source>
        <translation>피드가 아니라 웹 페이지입니다</translation>
    </message>
    <message>
        <source>This feed declares XML entities, which Byline does not expand</source>
        <translation>이 피드는 XML 엔터티를 선언하지만 Byline은 이를 확장하지 않습니다</translation>
    </message>
    <message>
        <source>Not a valid feed: line %1: %2</source>
        <translation>올바른 피드가 아닙니다: %1번째 줄: %2</translation>
    </message>
    <message>
        <source>The feed is empty</source>
        <translation>피드가 비어 있습니다</translation>
    </message>
</context>
<context>
    <name>FeedPropertiesDialog</name>
    <message>
        <source>Fetch full articles</source>
        <translation>전체 기사 가져오기</translation>
    </message>
    <message>
        <source>Feed Properties</source>
        <translation>피드 속성</translation>
    </message>
    <message numerus="yes">
        <source>Default (every %n minutes)</source>
        <translation>
            <numerusform>기본값(%n분마다)</numerusform>
        </translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> 분</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>제한 없음</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 일</translation>
    </message>
    <message>
        <source> articles</source>
        <translation> 개</translation>
    </message>
    <message>
        <source>Download each new item&apos;s web page and keep the extracted article (for feeds that carry only summaries)</source>
        <translation>새 항목마다 웹 페이지를 내려받아 추출한 기사를 보관합니다(요약만 제공하는 피드용)</translation>
    </message>
    <message>
        <source>Starred articles are always kept.</source>
        <translation>별표 표시한 기사는 항상 보관됩니다.</translation>
    </message>
    <message>
        <source>Refresh every:</source>
        <translation>새로 고침 간격:</translation>
    </message>
    <message>
        <source>Keep at most:</source>
        <translation>최대 보관 수:</translation>
    </message>
</context>
<context>
    <name>FeedRefresher</name>
    <message>
        <source>The server asked not to be asked again before %1</source>
        <translation>서버에서 %1 이전에는 다시 요청하지 말라고 했습니다</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The page has no longer text than the feed</source>
        <translation>페이지의 본문이 피드보다 길지 않습니다</translation>
    </message>
</context>
<context>
    <name>FeedStore</name>
    <message>
        <source>Could not save the items of a feed; none were saved.</source>
        <translation>피드 항목을 저장할 수 없습니다. 아무것도 저장되지 않았습니다.</translation>
    </message>
    <message>
        <source>You already follow this feed.</source>
        <translation>이미 구독 중인 피드입니다.</translation>
    </message>
    <message>
        <source>A feed needs a web address.</source>
        <translation>피드에는 웹 주소가 필요합니다.</translation>
    </message>
    <message>
        <source>Could not subscribe to %1.</source>
        <translation>%1을(를) 구독할 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not read the feeds.</source>
        <translation>피드를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>There is no feed %1 in the library.</source>
        <translation>서재에 피드 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Could not rename the feed.</source>
        <translation>피드 이름을 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not move the feed.</source>
        <translation>피드를 옮길 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not save the feed&apos;s settings.</source>
        <translation>피드 설정을 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not save the feed&apos;s icon.</source>
        <translation>피드 아이콘을 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not unsubscribe from the feed.</source>
        <translation>피드 구독을 해지할 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not save the state of a feed.</source>
        <translation>피드 상태를 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not remove the feed&apos;s old articles.</source>
        <translation>피드의 오래된 기사를 삭제할 수 없습니다.</translation>
    </message>
    <message>
        <source>A folder needs a name.</source>
        <translation>폴더 이름을 입력해야 합니다.</translation>
    </message>
    <message>
        <source>Could not create the folder “%1”.</source>
        <translation>폴더 “%1”을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not read the folders.</source>
        <translation>폴더를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not rename the folder.</source>
        <translation>폴더 이름을 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>There is no folder %1 in the library.</source>
        <translation>서재에 폴더 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Could not remove the folder.</source>
        <translation>폴더를 삭제할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>FeedTreeModel</name>
    <message>
        <source>All articles</source>
        <translation>모든 기사</translation>
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
        <source>%1: the site says this feed is gone; it is no longer refreshed.</source>
        <translation>%1: 사이트에서 이 피드가 없어졌다고 알려 와 더 이상 새로 고치지 않습니다.</translation>
    </message>
    <message>
        <source>%1: the last refresh failed: %2</source>
        <translation>%1: 마지막 새로 고침 실패: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n unread)</source>
        <translation>
            <numerusform>%1 (안 읽음 %n개)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedsCommand</name>
    <message>
        <source>feeds takes no arguments, not &apos;%1&apos;</source>
        <translation>feeds는 인수를 받지 않습니다('%1' 불가)</translation>
    </message>
    <message>
        <source>No feeds yet: &apos;byline subscribe URL&apos; adds one.</source>
        <translation>아직 피드가 없습니다: 'byline subscribe URL'로 추가하세요.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>UNREAD</source>
        <translation>안 읽음</translation>
    </message>
    <message>
        <source>LAST REFRESH</source>
        <translation>마지막 새로 고침</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>폴더</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>never</source>
        <translation>안 함</translation>
    </message>
    <message>
        <source>gone: the server says this feed no longer exists</source>
        <translation>사라짐: 서버에서 이 피드가 더 이상 존재하지 않는다고 합니다</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>오류: %1</translation>
    </message>
</context>
<context>
    <name>FeedsController</name>
    <message numerus="yes">
        <source>Updating feeds cancelled: %n new articles.</source>
        <translation>
            <numerusform>피드 업데이트를 취소했습니다: 새 기사 %n개.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Feeds updated: %n new articles; %1 could not be updated (see their icons in the feed list).</source>
        <translation>
            <numerusform>피드 업데이트 완료: 새 기사 %n개, %1개는 업데이트할 수 없음(피드 목록의 아이콘 참조).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Feeds updated: %n new articles.</source>
        <translation>
            <numerusform>피드 업데이트됨: 새 기사 %n개.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n articles as read.</source>
        <translation>
            <numerusform>기사 %n개를 읽음으로 표시했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add Feed...</source>
        <translation>피드 추가(&amp;A)...</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>Refresh &amp;This Feed</source>
        <translation>이 피드 새로 고침(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Mark Feed as Read</source>
        <translation>피드를 읽음으로 표시(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Import Subscriptions (OPML)...</source>
        <translation>구독 가져오기(OPML)(&amp;I)...</translation>
    </message>
    <message>
        <source>&amp;Export Subscriptions (OPML)...</source>
        <translation>구독 내보내기(OPML)(&amp;E)...</translation>
    </message>
    <message>
        <source>&amp;Compact Library</source>
        <translation>서재 압축(&amp;C)</translation>
    </message>
    <message>
        <source>Feeds are being updated.</source>
        <translation>피드를 업데이트하는 중입니다.</translation>
    </message>
    <message>
        <source>Marking “%1” as read…</source>
        <translation>“%1”을(를) 읽음으로 표시하는 중…</translation>
    </message>
    <message>
        <source>Subscribed to “%1”.</source>
        <translation>“%1”을(를) 구독했습니다.</translation>
    </message>
    <message>
        <source>Import Subscriptions</source>
        <translation>구독 가져오기</translation>
    </message>
    <message>
        <source>OPML files (*.opml *.xml);;All files (*)</source>
        <translation>OPML 파일 (*.opml *.xml);;모든 파일 (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n feeds</source>
        <translation>
            <numerusform>피드 %n개를 가져왔습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n already followed).</source>
        <translation>
            <numerusform> (이미 구독 중 %n개).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Subscriptions</source>
        <translation>구독 내보내기</translation>
    </message>
    <message>
        <source>OPML files (*.opml);;All files (*)</source>
        <translation>OPML 파일 (*.opml);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n feeds to %1.</source>
        <translation>
            <numerusform>피드 %n개를 %1(으)로 내보냈습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Compact the library once the feeds are updated.</source>
        <translation>피드 업데이트가 끝나면 서재를 압축합니다.</translation>
    </message>
    <message>
        <source>Compacting the library…
This cannot be interrupted safely; it takes a moment on a big library.</source>
        <translation>서재를 압축하는 중…
안전하게 중단할 수 없으며, 서재가 크면 시간이 조금 걸립니다.</translation>
    </message>
    <message>
        <source>Compact Library</source>
        <translation>서재 압축</translation>
    </message>
    <message>
        <source>Library compacted: %1 saved.</source>
        <translation>서재 압축 완료: %1 절약됨.</translation>
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
    <name>FtsQuery</name>
    <message numerus="yes">
        <source>Only the first %n words were searched for.</source>
        <translation>
            <numerusform>처음 %n개 단어만 검색했습니다.</numerusform>
        </translation>
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
    <message>
        <source>no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set); commands work without one, see &apos;byline --help&apos;</source>
        <translation>창을 열 디스플레이가 없습니다(DISPLAY와 WAYLAND_DISPLAY 모두 설정되지 않음). 명령은 디스플레이 없이도 쓸 수 있습니다. &apos;byline --help&apos;를 참고하세요</translation>
    </message>
    <message>
        <source>Pages and addresses to import.</source>
        <translation>가져올 페이지와 주소입니다.</translation>
    </message>
    <message>
        <source>--library needs a path</source>
        <translation>--library 옵션에는 경로가 필요합니다</translation>
    </message>
    <message>
        <source>%1 is neither a file nor a web address</source>
        <translation>%1은(는) 파일도 웹 주소도 아닙니다</translation>
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
        <source>%1: updated “%2” (id %3)</source>
        <translation>%1: “%2” 업데이트함 (번호 %3)</translation>
    </message>
    <message>
        <source>%1: imported “%2” (id %3)</source>
        <translation>%1: “%2” 가져옴 (번호 %3)</translation>
    </message>
    <message>
        <source>added %1: %2</source>
        <translation>추가함 %1: %2</translation>
    </message>
    <message>
        <source>updated %1: %2</source>
        <translation>업데이트함 %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Import Pages</source>
        <translation>페이지 가져오기</translation>
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
    <message>
        <source>Web pages, text and Byline exports (*.html *.htm *.xhtml *.txt *.jsonl);;All files (*)</source>
        <translation>웹 페이지, 텍스트, Byline 내보내기 파일 (*.html *.htm *.xhtml *.txt *.jsonl);;모든 파일 (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) will be imported after the running import</source>
        <translation>
            <numerusform>진행 중인 가져오기가 끝나면 항목 %n개를 가져옵니다</numerusform>
        </translation>
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
    <name>Importer</name>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>파일을 읽을 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>JsonFeedReader</name>
    <message>
        <source>this JSON is not a JSON Feed</source>
        <translation>이 JSON은 JSON Feed가 아닙니다</translation>
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
            <numerusform>읽기는 최소 %n초 이상이어야 합니다</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, %2번째 줄: %3</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>%1번째 줄: %2</translation>
    </message>
</context>
<context>
    <name>LibraryPane</name>
    <message>
        <source>Search articles</source>
        <translation>기사 검색</translation>
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
    <message>
        <source>No articles match “%1”.</source>
        <translation>“%1”와(과) 일치하는 기사가 없습니다.</translation>
    </message>
    <message>
        <source>%1+ results</source>
        <translation>결과 %1개 이상</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>모든 기사</translation>
    </message>
</context>
<context>
    <name>LibraryRecovery</name>
    <message>
        <source>There is no library at %1.</source>
        <translation>%1에 라이브러리가 없습니다.</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file for the recovered library.</source>
        <translation>%1이(가) 이미 있습니다. 복구한 라이브러리를 저장할 새 파일을 선택하세요.</translation>
    </message>
    <message>
        <source>Could not create the new library %1: %2</source>
        <translation>새 라이브러리 %1을(를) 만들 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Could not recover into %1; it was removed again. %2</source>
        <translation>%1(으)로 복구할 수 없어 이 파일을 다시 삭제했습니다. %2</translation>
    </message>
</context>
<context>
    <name>LibraryRescue</name>
    <message>
        <source>…and 1 more.</source>
        <translation>…외 1건이 더 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…외 %n개.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Library</source>
        <translation>라이브러리 내보내기</translation>
    </message>
    <message>
        <source>Byline exports (*.jsonl)</source>
        <translation>Byline 내보내기 파일 (*.jsonl)</translation>
    </message>
    <message>
        <source>Recover into a New Library</source>
        <translation>새 라이브러리로 복구</translation>
    </message>
    <message>
        <source>Byline libraries (*.sqlite)</source>
        <translation>Byline 라이브러리 (*.sqlite)</translation>
    </message>
    <message>
        <source>Exporting the library…</source>
        <translation>라이브러리를 내보내는 중…</translation>
    </message>
    <message>
        <source>Exported 1 article to %1.</source>
        <translation>기사 1편을 %1에 내보냈습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n articles to %1.</source>
        <translation>
            <numerusform>기사 %n개를 %1(으)로 내보냈습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recovering the library…</source>
        <translation>라이브러리를 복구하는 중…</translation>
    </message>
    <message>
        <source>Recovered 1 article into %1.</source>
        <translation>기사 1편을 %1에 복구했습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Recovered %n articles into %1.</source>
        <translation>
            <numerusform>기사 %n개를 %1에 복구했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Byline is still saving the library; try again when it is done.</source>
        <translation>Byline이 아직 라이브러리를 저장하는 중입니다. 저장이 끝나면 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Byline</translation>
    </message>
    <message>
        <source>Open the new library in place of this one? To keep using it, choose it in Preferences.</source>
        <translation>이 라이브러리 대신 새 라이브러리를 여시겠습니까? 새 라이브러리를 계속 사용하려면 환경설정에서 선택하세요.</translation>
    </message>
    <message>
        <source>Open the New Library</source>
        <translation>새 라이브러리 열기</translation>
    </message>
    <message>
        <source>Could not start Byline on %1.</source>
        <translation>%1 라이브러리로 Byline을 시작할 수 없습니다.</translation>
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
    <message>
        <source>&amp;Export Library…</source>
        <translation>라이브러리 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Recover into a New Library…</source>
        <translation>새 라이브러리로 복구(&amp;R)…</translation>
    </message>
    <message>
        <source>Page Up</source>
        <translation>한 페이지 위로</translation>
    </message>
    <message>
        <source>No more unread articles below</source>
        <translation>아래에 안 읽은 기사가 더 없습니다</translation>
    </message>
    <message>
        <source>This is the first article</source>
        <translation>첫 번째 기사입니다</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Deleted “%1”. Undo with %2.</source>
        <translation>“%1” 기사를 삭제했습니다. %2 키로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Undo Delete</source>
        <translation>삭제 취소(&amp;U)</translation>
    </message>
    <message>
        <source>Restored “%1”.</source>
        <translation>“%1” 기사를 복원했습니다.</translation>
    </message>
    <message>
        <source>Mark All as R&amp;ead</source>
        <translation>모두 읽음으로 표시(&amp;E)</translation>
    </message>
    <message>
        <source>Sort &amp;By</source>
        <translation>정렬 기준(&amp;B)</translation>
    </message>
    <message>
        <source>Newest &amp;Published</source>
        <translation>최신 발행순(&amp;P)</translation>
    </message>
    <message>
        <source>Recently &amp;Added</source>
        <translation>최근 추가순(&amp;A)</translation>
    </message>
    <message>
        <source>Every article here is already read.</source>
        <translation>이 목록의 기사를 모두 읽었습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n articles as read.</source>
        <translation>
            <numerusform>기사 %n개를 읽음으로 표시했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark All as Read</source>
        <translation>모두 읽음으로 표시</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n articles as read?</source>
        <translation>
            <numerusform>기사 %n개를 읽음으로 표시할까요?</numerusform>
        </translation>
    </message>
    <message>
        <source>Fee&amp;ds</source>
        <translation>피드(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>도구(&amp;T)</translation>
    </message>
</context>
<context>
    <name>OpmlCommand</name>
    <message numerus="yes">
        <source>Subscribed to %n feeds</source>
        <translation>
            <numerusform>피드 %n개를 구독했습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; skipped %n already followed</source>
        <translation>
            <numerusform>; 이미 구독 중인 %n개 건너뜀</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n feeds to %1.</source>
        <translation>
            <numerusform>피드 %n개를 %1(으)로 내보냈습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>opml import takes one file</source>
        <translation>opml import에는 파일 하나가 필요합니다</translation>
    </message>
    <message>
        <source>opml export writes one file, not %1</source>
        <translation>opml export는 파일 하나만 씁니다(%1개 아님)</translation>
    </message>
    <message>
        <source>opml needs &apos;import FILE&apos; or &apos;export [FILE]&apos;</source>
        <translation>opml에는 'import FILE' 또는 'export [FILE]'이 필요합니다</translation>
    </message>
</context>
<context>
    <name>OpmlImporter</name>
    <message>
        <source>Could not import the subscriptions.</source>
        <translation>구독을 가져올 수 없습니다.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>가져온 항목이 없습니다.</translation>
    </message>
</context>
<context>
    <name>OpmlReader</name>
    <message>
        <source>it declares entities, which Byline does not read</source>
        <translation>엔터티를 선언하고 있으며 Byline은 이를 읽지 않습니다</translation>
    </message>
    <message>
        <source>it is not an OPML file</source>
        <translation>OPML 파일이 아닙니다</translation>
    </message>
    <message>
        <source>This OPML file cannot be read (line %1: %2). Nothing was imported.</source>
        <translation>이 OPML 파일을 읽을 수 없습니다(%1행: %2). 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
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
    <message>
        <source>Standard input cannot be read</source>
        <translation>표준 입력을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>The input cannot be read: %1</source>
        <translation>입력을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>There is not enough memory to read this page</source>
        <translation>이 페이지를 읽을 메모리가 부족합니다</translation>
    </message>
</context>
<context>
    <name>PositionStore</name>
    <message>
        <source>Could not remember the reading position.</source>
        <translation>읽던 위치를 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not read the reading position.</source>
        <translation>읽던 위치를 불러올 수 없습니다.</translation>
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
    <name>ReadableArticles</name>
    <message>
        <source>The reading history could not be read; articles are saved without their reads. (%1)</source>
        <translation>읽은 기록을 불러올 수 없어 기사를 읽은 기록 없이 저장했습니다. (%1)</translation>
    </message>
    <message>
        <source>Source %1 could not be read; its articles are saved without it. (%2)</source>
        <translation>출처 %1을(를) 불러올 수 없어 해당 기사를 출처 없이 저장했습니다. (%2)</translation>
    </message>
    <message>
        <source>Article %1 could not be read and was skipped: %2</source>
        <translation>%1번 기사를 읽을 수 없어 건너뛰었습니다: %2</translation>
    </message>
    <message>
        <source>Articles %1 to %2 could not be read and were skipped: %3</source>
        <translation>%1~%2번 기사를 읽을 수 없어 건너뛰었습니다: %3</translation>
    </message>
    <message>
        <source>Part of the library could not be read (1 problem); everything else was saved.</source>
        <translation>라이브러리 일부를 읽을 수 없었습니다(문제 1개). 나머지는 모두 저장했습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Part of the library could not be read (%n problems); everything else was saved.</source>
        <translation>
            <numerusform>서재 일부를 읽을 수 없습니다(문제 %n개). 나머지는 모두 저장했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 unreadable article was skipped; everything else was saved.</source>
        <translation>읽을 수 없는 기사 1편을 건너뛰었습니다. 나머지는 모두 저장했습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable articles were skipped; everything else was saved.</source>
        <translation>
            <numerusform>읽을 수 없는 기사 %n개를 건너뛰었습니다. 나머지는 모두 저장했습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReaderDocument</name>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n분 분량</numerusform>
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
        <source>Reader</source>
        <translation>리더</translation>
    </message>
    <message>
        <source>Load Remote Images</source>
        <translation>원격 이미지 불러오기</translation>
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
    <message>
        <source>Aa</source>
        <translation>가가</translation>
    </message>
    <message>
        <source>Reading settings</source>
        <translation>읽기 설정</translation>
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
    <name>ReadingPanel</name>
    <message>
        <source>Reading settings</source>
        <translation>읽기 설정</translation>
    </message>
    <message>
        <source>Typeface</source>
        <translation>글꼴</translation>
    </message>
    <message>
        <source>Serif</source>
        <translation>명조</translation>
    </message>
    <message>
        <source>Sans</source>
        <translation>고딕</translation>
    </message>
    <message>
        <source>Line width</source>
        <translation>줄 너비</translation>
    </message>
    <message>
        <source>Narrow</source>
        <translation>좁게</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>보통</translation>
    </message>
    <message>
        <source>Wide</source>
        <translation>넓게</translation>
    </message>
    <message>
        <source>Line spacing</source>
        <translation>줄 간격</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>좁게</translation>
    </message>
    <message>
        <source>Loose</source>
        <translation>넓게</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>테마</translation>
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
        <source>System</source>
        <translation>시스템 설정</translation>
    </message>
    <message>
        <source>Text size %1</source>
        <translation>글자 크기 %1</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>글자 크기</translation>
    </message>
</context>
<context>
    <name>RecoverCommand</name>
    <message>
        <source>recover needs one new library file</source>
        <translation>recover에는 새 라이브러리 파일 하나가 필요합니다</translation>
    </message>
    <message>
        <source>Recovered 1 article into %1.</source>
        <translation>기사 1편을 %1에 복구했습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Recovered %n articles into %1.</source>
        <translation>
            <numerusform>기사 %n개를 %1(으)로 복구했습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefreshCommand</name>
    <message numerus="yes">
        <source>Updating %1 of %n feeds</source>
        <translation>
            <numerusform>피드 %n개 중 %1개 업데이트 중</numerusform>
        </translation>
    </message>
    <message>
        <source>No feeds to refresh: subscribe to one with &apos;byline subscribe URL&apos;.</source>
        <translation>새로 고칠 피드가 없습니다: 'byline subscribe URL'로 피드를 구독하십시오.</translation>
    </message>
    <message>
        <source>%1 of %2 feeds refreshed; new articles: %3, updated: %4</source>
        <translation>피드 %2개 중 %1개를 새로 고쳤습니다. 새 기사: %3, 업데이트됨: %4</translation>
    </message>
    <message>
        <source>, failed: %1</source>
        <translation>, 실패: %1</translation>
    </message>
</context>
<context>
    <name>RefreshProgress</name>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Stop updating feeds (feeds already updated keep their articles)</source>
        <translation>피드 업데이트 중지(이미 업데이트된 피드의 기사는 유지됨)</translation>
    </message>
    <message numerus="yes">
        <source>Updating %1 of %n feeds</source>
        <translation>
            <numerusform>피드 %n개 중 %1개 업데이트 중</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SampleLibrary</name>
    <message>
        <source>The sample library is missing from this build of Byline.</source>
        <translation>이 Byline 빌드에는 예시 라이브러리가 없습니다.</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>샘플</translation>
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
    <message>
        <source>Also when Byline starts</source>
        <translation>Byline 시작 시에도</translation>
    </message>
    <message>
        <source>Automatic: Top stories when you follow feeds</source>
        <translation>자동: 피드를 구독하면 주요 뉴스</translation>
    </message>
    <message>
        <source>Top stories</source>
        <translation>주요 뉴스</translation>
    </message>
    <message>
        <source>Most read</source>
        <translation>많이 읽은 기사</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> 분</translation>
    </message>
    <message>
        <source>Refresh feeds every</source>
        <translation>피드 새로 고침 간격</translation>
    </message>
    <message>
        <source>Most read over:</source>
        <translation>많이 읽은 기사 기간:</translation>
    </message>
    <message>
        <source>Refresh feeds every:</source>
        <translation>피드 새로 고침 간격:</translation>
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
    <message>
        <source>Other</source>
        <translation>기타</translation>
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
    <name>SingleInstance</name>
    <message>
        <source>The window already open on this library did not answer.</source>
        <translation>이 라이브러리로 이미 열려 있는 창이 응답하지 않았습니다.</translation>
    </message>
    <message>
        <source>Another Byline on this library cannot reach this window: %1</source>
        <translation>이 라이브러리를 여는 다른 Byline이 이 창에 연결할 수 없습니다: %1</translation>
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
    <name>SqlError</name>
    <message>
        <source>The library file is damaged: Byline will not write to it. Save what can be read with “byline export FILE” or File &gt; Recover into a New Library.</source>
        <translation>라이브러리 파일이 손상되었습니다. Byline은 이 파일에 쓰지 않습니다. 읽을 수 있는 내용은 “byline export FILE” 명령이나 파일 &gt; 새 라이브러리로 복구 메뉴로 저장하세요.</translation>
    </message>
    <message>
        <source>The disk is full (or a file-size limit was reached): free some space and try again. Nothing was lost.</source>
        <translation>디스크가 가득 찼습니다(또는 파일 크기 제한에 도달했습니다). 공간을 확보한 뒤 다시 시도하세요. 잃어버린 내용은 없습니다.</translation>
    </message>
    <message>
        <source>The library is read-only: Byline can show it but not change it.</source>
        <translation>라이브러리가 읽기 전용입니다. Byline에서 볼 수는 있지만 변경할 수는 없습니다.</translation>
    </message>
    <message>
        <source>Another program is holding the library locked: close it, or try again in a moment.</source>
        <translation>다른 프로그램이 라이브러리를 잠그고 있습니다. 그 프로그램을 닫거나 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Check that the file and its folder exist and that you may read and write them.</source>
        <translation>파일과 폴더가 있는지, 읽고 쓸 권한이 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>The disk reported an error: check the disk, then try again.</source>
        <translation>디스크에서 오류가 발생했습니다. 디스크를 점검한 뒤 다시 시도하세요.</translation>
    </message>
</context>
<context>
    <name>StoryCandidateStore</name>
    <message>
        <source>Could not find the recent unread articles.</source>
        <translation>최근 안 읽은 기사를 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not tell whether the library follows feeds.</source>
        <translation>서재에 구독 중인 피드가 있는지 확인할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>SubscribeCommand</name>
    <message>
        <source>subscribe takes one address: a feed&apos;s or a site&apos;s</source>
        <translation>subscribe에는 주소 하나(피드 또는 사이트 주소)가 필요합니다</translation>
    </message>
    <message>
        <source>%1 is not a web address</source>
        <translation>%1은(는) 웹 주소가 아닙니다</translation>
    </message>
    <message>
        <source>--folder needs a name</source>
        <translation>--folder에는 이름이 필요합니다</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n feeds; subscribe to one of them (or use --first):</source>
        <translation>
            <numerusform>%1에 피드가 %n개 있습니다. 그중 하나를 구독하십시오(또는 --first 사용):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Subscribed to %1 (%n articles)</source>
        <translation>
            <numerusform>%1을(를) 구독했습니다(기사 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <source>The first refresh failed: %1</source>
        <translation>첫 새로 고침 실패: %1</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>sync takes no arguments, not &apos;%1&apos;</source>
        <translation>sync는 인수를 받지 않습니다('%1' 불가)</translation>
    </message>
    <message>
        <source>No account to sync: add one with &apos;byline account add&apos;.</source>
        <translation>동기화할 계정이 없습니다: 'byline account add'로 추가하세요.</translation>
    </message>
    <message>
        <source>%1@%2: %3</source>
        <translation>%1@%2: %3</translation>
    </message>
    <message>
        <source>%1@%2: %3 changes sent, %4 feeds, %5 new articles, %6 updated, %7 read/starred changed</source>
        <translation>%1@%2: 변경 사항 %3개 보냄, 피드 %4개, 새 기사 %5개, 업데이트 %6개, 읽음/별표 변경 %7개</translation>
    </message>
</context>
<context>
    <name>SyncStore</name>
    <message>
        <source>Could not add the account %1 at %2.</source>
        <translation>%2의 계정 %1을(를) 추가할 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not list the accounts.</source>
        <translation>계정 목록을 가져올 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not read account %1.</source>
        <translation>계정 %1을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>계정 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Could not remove account %1.</source>
        <translation>계정 %1을(를) 삭제할 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not record the sync of account %1.</source>
        <translation>계정 %1의 동기화를 기록할 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not link article %1 to the server&apos;s article %2.</source>
        <translation>기사 %1을(를) 서버의 기사 %2에 연결할 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not find the server&apos;s article %1.</source>
        <translation>서버의 기사 %1을(를) 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not link feed %1 to the server&apos;s feed %2.</source>
        <translation>피드 %1을(를) 서버 피드 %2에 연결할 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not find the server&apos;s feed %1.</source>
        <translation>서버의 피드 %1을(를) 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not link folder %1 to the server&apos;s category %2.</source>
        <translation>폴더 %1을(를) 서버의 카테고리 %2에 연결할 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not find the server&apos;s category %1.</source>
        <translation>서버 카테고리 %1을(를) 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not link feed %1&apos;s articles to the server&apos;s.</source>
        <translation>피드 %1의 기사를 서버의 기사에 연결할 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not list the server&apos;s articles.</source>
        <translation>서버의 기사 목록을 가져올 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not read the changes waiting for the server.</source>
        <translation>서버로 보낼 대기 중인 변경 사항을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not mark change %1 as sent.</source>
        <translation>변경 사항 %1을(를) 보냄으로 표시할 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not queue subscribing to %1 on the server.</source>
        <translation>서버에서 %1 구독을 대기열에 넣을 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not apply the server&apos;s read and starred state.</source>
        <translation>서버의 읽음 및 별표 상태를 적용할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>Syncer</name>
    <message>
        <source>Cancelled.</source>
        <translation>취소했습니다.</translation>
    </message>
    <message>
        <source>Sending change %1 of %2</source>
        <translation>변경 사항 %2개 중 %1번째 보내는 중</translation>
    </message>
    <message>
        <source>Reading the server&apos;s feeds</source>
        <translation>서버 피드 읽는 중</translation>
    </message>
    <message>
        <source>Reading articles %1 to %2</source>
        <translation>기사 %1~%2 읽는 중</translation>
    </message>
    <message>
        <source>Reading read and starred state</source>
        <translation>읽음 및 별표 상태 읽는 중</translation>
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
    <message>
        <source>top takes --stories or --most-read, not both</source>
        <translation>top에는 --stories와 --most-read 중 하나만 지정할 수 있습니다</translation>
    </message>
    <message>
        <source>1 source</source>
        <translation>출처 1개</translation>
    </message>
    <message>
        <source>%1 sources</source>
        <translation>출처 %1곳</translation>
    </message>
</context>
<context>
    <name>TopStoriesDelegate</name>
    <message>
        <source>%1 sources</source>
        <translation>출처 %1곳</translation>
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
            <numerusform>최근 %n일 동안 많이 읽은 기사</numerusform>
        </translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>순위</translation>
    </message>
    <message>
        <source>Top stories</source>
        <translation>주요 뉴스</translation>
    </message>
    <message>
        <source>Most read</source>
        <translation>많이 읽은 기사</translation>
    </message>
    <message>
        <source>Unread stories of the last 48 hours, by how many of your sources carry them</source>
        <translation>최근 48시간 동안의 안 읽은 기사(보도한 출처 수 순)</translation>
    </message>
    <message>
        <source>What you read most</source>
        <translation>가장 많이 읽은 기사</translation>
    </message>
    <message>
        <source>Unread, last 48 hours, by how many sources carry them</source>
        <translation>안 읽음, 최근 48시간, 다룬 출처 수 순</translation>
    </message>
</context>
<context>
    <name>TopStoriesModel</name>
    <message>
        <source>%1
Carried by %2</source>
        <translation>%1
보도: %2</translation>
    </message>
    <message>
        <source>%1, %2 sources</source>
        <translation>%1, 출처 %2곳</translation>
    </message>
</context>
<context>
    <name>TtRssClient</name>
    <message>
        <source>Cancelled.</source>
        <translation>취소했습니다.</translation>
    </message>
    <message>
        <source>The server %1 did not answer: %2</source>
        <translation>서버 %1이(가) 응답하지 않았습니다: %2</translation>
    </message>
    <message>
        <source>The server %1 answered something other than tt-rss&apos;s API (%2).</source>
        <translation>서버 %1이(가) tt-rss API가 아닌 응답을 보냈습니다(%2).</translation>
    </message>
    <message>
        <source>The server %1 refused the user name or password of %2.</source>
        <translation>서버 %1에서 %2의 사용자 이름 또는 비밀번호를 거부했습니다.</translation>
    </message>
    <message>
        <source>The API is turned off for %1 on the server: turn on &quot;Enable API&quot; in tt-rss&apos;s preferences.</source>
        <translation>서버에서 %1의 API가 꺼져 있습니다. tt-rss 환경 설정에서 "Enable API"를 켜세요.</translation>
    </message>
    <message>
        <source>The server refused %1: %2.</source>
        <translation>서버가 %1을(를) 거부했습니다: %2.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>이유 없음</translation>
    </message>
    <message>
        <source>The server %1 keeps forgetting the session.</source>
        <translation>서버 %1이(가) 세션을 계속 잃어버립니다.</translation>
    </message>
    <message>
        <source>The server %1 gave no session.</source>
        <translation>서버 %1이(가) 세션을 제공하지 않았습니다.</translation>
    </message>
    <message>
        <source>The server&apos;s API level is %1; Byline needs 15 or later (tt-rss 21).</source>
        <translation>서버의 API 수준이 %1입니다. Byline에는 15 이상(tt-rss 21)이 필요합니다.</translation>
    </message>
    <message>
        <source>The server could not subscribe to %1 (code %2%3).</source>
        <translation>서버가 %1을(를) 구독할 수 없습니다(코드 %2%3).</translation>
    </message>
</context>
<context>
    <name>UnsubscribeCommand</name>
    <message>
        <source>unsubscribe takes one feed: its id, URL or title</source>
        <translation>unsubscribe에는 피드 하나가 필요합니다: ID, URL 또는 제목</translation>
    </message>
    <message numerus="yes">
        <source>Unsubscribed from “%1”: %n articles deleted</source>
        <translation>
            <numerusform>“%1” 구독을 취소했습니다: 기사 %n개 삭제됨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n starred kept</source>
        <translation>
            <numerusform>, 별표 %n개 유지</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowRequest</name>
    <message>
        <source>The request is too long.</source>
        <translation>요청이 너무 깁니다.</translation>
    </message>
    <message>
        <source>The request is not a Byline window request.</source>
        <translation>Byline 창 요청이 아닙니다.</translation>
    </message>
    <message>
        <source>The request names something that is neither a file nor a web address.</source>
        <translation>요청에 파일도 웹 주소도 아닌 항목이 있습니다.</translation>
    </message>
</context>
<context>
    <name>XmlFeedReader</name>
    <message>
        <source>&lt;%1&gt; is not an RSS, Atom or RDF document</source>
        <translation>&lt;%1&gt;은(는) RSS, Atom 또는 RDF 문서가 아닙니다</translation>
    </message>
</context>
</TS>
