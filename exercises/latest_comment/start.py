articles = Article.objects.order_by('-pk')
for article in articles:
    latest = article.comment_set.order_by('-pk').first()
    print(article.title, '->', latest.content if latest else '-')
