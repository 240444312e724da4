<!-- synthetic test sample for breachscan: static SEO doorway page with many links, saved under a .php name -->
<html><body>
<p><a href=http://site0.example.invalid/page-0.html>link 0</a></p>
<p><a href=http://site1.example.invalid/page-1.html>link 1</a></p>
<p><a href=http://site2.example.invalid/page-2.html>link 2</a></p>
<p><a href=http://site3.example.invalid/page-3.html>link 3</a></p>
<p><a href=http://site4.example.invalid/page-4.html>link 4</a></p>
<p><a href=http://site5.example.invalid/page-5.html>link 5</a></p>
<p><a href=http://site6.example.invalid/page-6.html>link 6</a></p>
<p><a href=http://site7.example.invalid/page-7.html>link 7</a></p>
<p><a href=http://site8.example.invalid/page-8.html>link 8</a></p>
<p><a href=http://site9.example.invalid/page-9.html>link 9</a></p>
<p><a href=http://site10.example.invalid/page-10.html>link 10</a></p>
<p><a href=http://site11.example.invalid/page-11.html>link 11</a></p>
<p><a href=http://site12.example.invalid/page-12.html>link 12</a></p>
<p><a href=http://site13.example.invalid/page-13.html>link 13</a></p>
<p><a href=http://site14.example.invalid/page-14.html>link 14</a></p>
<p><a href=http://site15.example.invalid/page-15.html>link 15</a></p>
<p><a href=http://site16.example.invalid/page-16.html>link 16</a></p>
<p><a href=http://site17.example.invalid/page-17.html>link 17</a></p>
<p><a href=http://site18.example.invalid/page-18.html>link 18</a></p>
<p><a href=http://site19.example.invalid/page-19.html>link 19</a></p>
<p><a href=http://site20.example.invalid/page-20.html>link 20</a></p>
<p><a href=http://site21.example.invalid/page-21.html>link 21</a></p>
<p><a href=http://site22.example.invalid/page-22.html>link 22</a></p>
<p><a href=http://site23.example.invalid/page-23.html>link 23</a></p>
<p><a href=http://site24.example.invalid/page-24.html>link 24</a></p>
<p><a href=http://site25.example.invalid/page-25.html>link 25</a></p>
<p><a href=http://site26.example.invalid/page-26.html>link 26</a></p>
<p><a href=http://site27.example.invalid/page-27.html>link 27</a></p>
<p><a href=http://site28.example.invalid/page-28.html>link 28</a></p>
<p><a href=http://site29.example.invalid/page-29.html>link 29</a></p>
</body></html>
