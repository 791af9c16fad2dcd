from django.db import models


class Author(models.Model):
    name = models.CharField(max_length=50)

    def __str__(self):
        return self.name


class Series(models.Model):
    name = models.CharField(max_length=50)

    def __str__(self):
        return self.name


class Member(models.Model):
    name = models.CharField(max_length=50)

    def __str__(self):
        return self.name


class Book(models.Model):
    title = models.CharField(max_length=100)
    author = models.ForeignKey(Author, on_delete=models.SET_NULL, null=True, related_name='books')
    series = models.ForeignKey(Series, on_delete=models.CASCADE, null=True, blank=True)

    def __str__(self):
        return self.title


class Loan(models.Model):
    book = models.ForeignKey(Book, on_delete=models.PROTECT)
    member = models.ForeignKey(Member, on_delete=models.SET_DEFAULT, default=1)
    due = models.CharField(max_length=10)

    def __str__(self):
        return f'loan {self.pk} of book {self.book_id}'


class Review(models.Model):
    book = models.ForeignKey(Book, on_delete=models.RESTRICT)
    series = models.ForeignKey(Series, on_delete=models.CASCADE)
    member = models.ForeignKey(Member, on_delete=models.SET(1), related_name='reviews')
    stars = models.IntegerField()

    def __str__(self):
        return f'review {self.pk} of book {self.book_id}'
